-- Generated paperwork of orders (invoices, delivery notes): at most one row per order and type,
-- pointing at its PDF in object storage (documents/orders/<team_id>/<order_id>/<type>.pdf).
-- The unique constraint leads with related_id, so it also serves "the documents of an order".

create table documents (
    id                uuid primary key,
    team_id           uuid not null references teams (id),
    related_type      text not null check (related_type in ('invoice', 'delivery_note')),
    related_id        uuid not null references orders (id),
    object_key        text not null,
    file_url          text not null,
    paper_size        text not null default 'A4',
    format            text not null default 'pdf',
    invoice_number    text not null,
    generated_at      timestamptz not null,
    outstanding_minor bigint not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint documents_related_uq unique (related_id, related_type)
);
