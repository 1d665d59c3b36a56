-- Trade orders, their line items, shipping rules and the per-team order number sequence.

-- Sequential order numbers: the row lock taken by the increment makes concurrent creations queue,
-- and a rolled-back creation gives its number back, so numbers are gap-free.
create table team_order_counters (
    team_id     uuid primary key references teams (id),
    last_number bigint not null
);

create table shipping_rules (
    id                 uuid primary key,
    team_id            uuid not null references teams (id),
    name               text not null,
    amount_minor       bigint not null check (amount_minor >= 0),
    min_subtotal_minor bigint not null default 0 check (min_subtotal_minor >= 0),
    free_above_minor   bigint null check (free_above_minor >= 0),
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index shipping_rules_team_idx on shipping_rules (team_id, min_subtotal_minor);

create table orders (
    id                         uuid primary key,
    team_id                    uuid not null references teams (id),
    client_id                  uuid not null references clients (id),
    number                     text not null,
    status                     text not null check (status in ('draft', 'confirmed', 'cancelled')),
    dispatch_status            text not null check (dispatch_status in ('pending', 'packed', 'dispatched', 'in_transit', 'delivered')),
    issue_date                 date null,
    due_date                   date null,
    notes                      text null,
    duty_suspense              boolean not null default false,
    awrs_number                text null,
    currency_symbol            text not null,
    shipping_mode              text not null check (shipping_mode in ('auto', 'manual', 'none')),
    shipping_rule_id           uuid null,
    shipping_rule_name         text null,
    shipping_amount_minor      bigint not null default 0 check (shipping_amount_minor >= 0),
    shipping_notes             text null,
    subtotal_minor             bigint not null,
    tax_total_minor            bigint not null,
    total_minor                bigint not null,
    group_id                   uuid null references brewery_groups (id),
    group_claim_status         text null check (group_claim_status in ('unclaimed', 'claimed', 'collating', 'completed')),
    group_claim_team_id        uuid null references teams (id),
    group_earliest_delivery_at timestamptz null,
    group_latest_delivery_at   timestamptz null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    unique (team_id, number),
    check (due_date is null or issue_date is null or due_date >= issue_date),
    check (group_earliest_delivery_at is null or group_latest_delivery_at is null
        or group_latest_delivery_at >= group_earliest_delivery_at)
);
-- Every list sort and filter on a team's orders is served by an index.
create index orders_team_issue_idx on orders (team_id, issue_date, id);
create index orders_team_due_idx on orders (team_id, due_date, id);
create index orders_team_created_idx on orders (team_id, created_at, id);
create index orders_team_status_idx on orders (team_id, status, due_date);
create index orders_team_dispatch_idx on orders (team_id, dispatch_status);
create index orders_group_created_idx on orders (group_id, created_at, id) where group_id is not null;
create index orders_client_created_idx on orders (client_id, created_at);
create index orders_claim_team_idx on orders (group_claim_team_id) where group_claim_team_id is not null;

create table order_items (
    id               uuid primary key,
    order_id         uuid not null references orders (id) on delete cascade,
    kind             text not null check (kind in ('standard', 'custom')),
    beer_id          uuid null references beers (id),
    multipack_id     uuid null references multipacks (id),
    container_id     uuid null references containers (id),
    pack_size        int not null default 1 check (pack_size >= 1),
    description      text not null,
    unit             text null,
    quantity         numeric(14, 3) not null check (quantity > 0),
    unit_price_minor bigint not null check (unit_price_minor >= 0),
    tax_rate         numeric(6, 3) not null default 0 check (tax_rate between 0 and 100),
    discount_type    text null check (discount_type in ('percentage', 'fixed')),
    discount_value   numeric(14, 3) null check (discount_value >= 0),
    gross_minor      bigint not null,
    discount_minor   bigint not null,
    net_minor        bigint not null,
    tax_minor        bigint not null,
    line_total_minor bigint not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    check ((discount_type is null) = (discount_value is null))
);
create index order_items_order_idx on order_items (order_id, created_at, id);
create index order_items_beer_idx on order_items (beer_id) where beer_id is not null;
create index order_items_container_idx on order_items (container_id) where container_id is not null;
create index order_items_multipack_idx on order_items (multipack_id) where multipack_id is not null;
