-- Payments and refunds of orders; the container deposit ledger and container returns.

create table payments (
    id                uuid primary key,
    order_id          uuid not null references orders (id),
    team_id           uuid not null references teams (id),
    kind              text not null check (kind in ('payment', 'refund')),
    amount_minor      bigint not null check (amount_minor > 0),
    payment_method    text not null check (payment_method in ('cash', 'card', 'bank_transfer', 'cheque', 'other')),
    payment_reference text null,
    paid_at           timestamptz not null,
    created_at        timestamptz not null
);
create index payments_order_idx on payments (order_id, paid_at, created_at, id);

create table container_returns (
    id             uuid primary key,
    team_id        uuid not null references teams (id),
    client_id      uuid null references clients (id),
    order_id       uuid null references orders (id),
    container_id   uuid not null references containers (id),
    quantity       numeric(14, 3) not null check (quantity > 0),
    credited_minor bigint not null check (credited_minor >= 0),
    recorded_by    uuid null references users (id),
    recorded_at    timestamptz not null,
    created_at     timestamptz not null
);
create index container_returns_team_idx on container_returns (team_id, recorded_at desc, id desc);
create index container_returns_container_idx on container_returns (container_id);

create table deposit_transactions (
    id                  uuid primary key,
    team_id             uuid not null references teams (id),
    client_id           uuid null references clients (id),
    order_id            uuid null references orders (id),
    order_item_id       uuid null references order_items (id) on delete cascade,
    container_return_id uuid null references container_returns (id),
    source              text not null check (source in ('charge', 'return', 'adjustment')),
    amount_minor        bigint not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
-- One charge row per order line, kept in step with the line.
create unique index deposit_transactions_item_uq on deposit_transactions (order_item_id) where order_item_id is not null;
create index deposit_transactions_client_idx on deposit_transactions (team_id, client_id);
create index deposit_transactions_order_idx on deposit_transactions (order_id, created_at);
