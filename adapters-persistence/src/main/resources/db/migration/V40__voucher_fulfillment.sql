-- The voucher marketplace: products and variants, partners and their sources, preloaded stock,
-- customer voucher orders with items, saved vouchers and payments, partner purchases, the attempts
-- audit trail and admin alerts. Ids are bigint identities; money is bigint minor units.

create table voucher_products (
    id          bigint generated always as identity primary key,
    name        text not null,
    brand       text null,
    description text null,
    created_at  timestamptz not null
);
create index voucher_products_list_idx on voucher_products (created_at desc, id desc);

create table voucher_variants (
    id              bigint generated always as identity primary key,
    product_id      bigint not null references voucher_products (id),
    name            text not null,
    price_minor     bigint not null check (price_minor > 0),
    currency_symbol text not null default '£',
    active          boolean not null default true,
    created_at      timestamptz not null
);
create index voucher_variants_product_idx on voucher_variants (product_id, id);

create table voucher_partners (
    id         bigint generated always as identity primary key,
    name       text not null,
    kind       text not null check (kind in ('zendit', 'preloaded')),
    created_at timestamptz not null
);

create table partner_sources (
    id         bigint generated always as identity primary key,
    variant_id bigint not null references voucher_variants (id),
    partner_id bigint not null references voucher_partners (id),
    offer_id   text null,
    priority   int not null check (priority >= 0),
    active     boolean not null default true,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index partner_sources_variant_idx on partner_sources (variant_id, priority, id);

create table voucher_orders (
    id               bigint generated always as identity primary key,
    customer_email   text not null,
    status           text not null check (status in ('PENDING_PAYMENT', 'PROCESSING', 'SUCCEEDED', 'NEEDS_ATTENTION')),
    total_minor      bigint not null check (total_minor >= 0),
    currency_symbol  text not null,
    dispatched_email text null,
    email_sent_at    timestamptz null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index voucher_orders_list_idx on voucher_orders (created_at desc, id desc);
create index voucher_orders_status_idx on voucher_orders (status, created_at desc, id desc);

create table voucher_order_items (
    id                 bigint generated always as identity primary key,
    order_id           bigint not null references voucher_orders (id),
    position           int not null,
    variant_id         bigint not null references voucher_variants (id),
    product_name       text not null,
    variant_name       text not null,
    quantity           int not null check (quantity between 1 and 20),
    unit_price_minor   bigint not null check (unit_price_minor >= 0),
    fulfilled          boolean not null default false,
    fulfilled_at       timestamptz null,
    fulfillment_status text not null check (fulfillment_status in ('PENDING', 'AWAITING_DISPATCH', 'SUCCEEDED', 'FAILED', 'DISPATCH_FAILED')),
    claimed_until      timestamptz null
);
create index voucher_order_items_order_idx on voucher_order_items (order_id, position);

-- A code is saved on one item only: the unique index settles two operators entering it at once.
create table vouchers (
    id             bigint generated always as identity primary key,
    order_item_id  bigint not null references voucher_order_items (id) on delete cascade,
    position       int not null,
    partner_id     bigint null references voucher_partners (id),
    code           text not null unique,
    pin            text null,
    redemption_url text null,
    expires_at     timestamptz null,
    metadata       text null,
    created_at     timestamptz not null
);
create index vouchers_item_idx on vouchers (order_item_id, position);

create table preloaded_codes (
    id              bigint generated always as identity primary key,
    partner_id      bigint not null references voucher_partners (id),
    variant_id      bigint not null references voucher_variants (id),
    code            text not null unique,
    pin             text null,
    redemption_url  text null,
    expires_at      timestamptz null,
    claimed_by_item bigint null references voucher_order_items (id),
    claimed_at      timestamptz null,
    created_at      timestamptz not null
);
create index preloaded_codes_stock_idx on preloaded_codes (partner_id, variant_id, id) where claimed_by_item is null;
create index preloaded_codes_item_idx on preloaded_codes (claimed_by_item);

create table voucher_payments (
    id           bigint generated always as identity primary key,
    order_id     bigint not null references voucher_orders (id),
    event_id     text not null unique,
    payment_id   text not null unique,
    amount_minor bigint not null check (amount_minor >= 0),
    status       text not null check (status in ('SUCCEEDED', 'FAILED')),
    created_at   timestamptz not null
);
create index voucher_payments_order_idx on voucher_payments (order_id, id);

create table partner_api_transactions (
    id                     bigint generated always as identity primary key,
    order_item_id          bigint not null references voucher_order_items (id),
    partner_source_id      bigint not null references partner_sources (id),
    partner_id             bigint not null references voucher_partners (id),
    transaction_id         uuid not null unique,
    offer_id               text null,
    status                 text not null check (status in ('PENDING', 'UNKNOWN', 'DONE', 'FAILED')),
    partner_status         text null,
    error_message          text null,
    voucher_code           text null,
    voucher_pin            text null,
    voucher_redemption_url text null,
    voucher_expires_at     timestamptz null,
    consumed               boolean not null default false,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
create index partner_api_transactions_item_idx on partner_api_transactions (order_item_id, partner_source_id, id);

create table fulfillment_attempts (
    id                         bigint generated always as identity primary key,
    order_id                   bigint not null references voucher_orders (id),
    order_item_id              bigint null references voucher_order_items (id),
    type                       text not null check (type in ('AUTO', 'MANUAL_CODE_INPUT', 'PARTNER_RETRY', 'RESEND_EMAIL')),
    status                     text not null check (status in ('DISPATCHED', 'DISPATCH_FAILED', 'PARTNER_FAILED', 'FAILED', 'SUCCESS')),
    correlation_id             uuid not null,
    error_message              text null,
    partner_response           text null,
    code_provided              text null,
    admin_user_id              uuid null references users (id),
    notes                      text null,
    partner_api_transaction_id bigint null references partner_api_transactions (id),
    created_at                 timestamptz not null
);
create index fulfillment_attempts_order_idx on fulfillment_attempts (order_id, id);
create index fulfillment_attempts_dispatched_idx on fulfillment_attempts (order_item_id) where status = 'DISPATCHED';

create table admin_alerts (
    id               bigint generated always as identity primary key,
    order_id         bigint not null references voucher_orders (id),
    kind             text not null check (kind in ('payment_mismatch', 'fulfillment_failed', 'fulfillment_partial', 'dispatch_failed')),
    status           text not null check (status in ('open', 'resolved')),
    message          text null,
    resolution_notes text null,
    resolved_at      timestamptz null,
    created_at       timestamptz not null
);
create index admin_alerts_list_idx on admin_alerts (created_at desc, id desc);
create index admin_alerts_order_idx on admin_alerts (order_id, status);

-- db-scheduler's table: durable jobs polled by every server instance (SELECT … FOR UPDATE SKIP LOCKED).
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
