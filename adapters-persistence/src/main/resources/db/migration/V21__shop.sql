-- The shop: navigation toggles, the upsell catalogue with its images, the homepage's featured
-- group slots, and the index that keeps team search fast.

create table shop_navigation_items (
    id         uuid primary key,
    section    text not null,
    item       text not null,
    enabled    boolean not null default true,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (section, item)
);

create type keg_coupler_type as enum ('d', 's', 'g', 'a', 'u', 'm', 'keykeg', 'grundy', 'other');

create table upsells (
    id              uuid primary key,
    slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 160),
    name            text not null check (length(name) between 1 and 160),
    description     text null check (length(description) <= 5000),
    price_minor     bigint null check (price_minor >= 0),
    currency_symbol text null check (length(currency_symbol) <= 8),
    coupler_type    keg_coupler_type null,
    is_active       boolean not null default true,
    display_order   int not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index upsells_order_idx on upsells (display_order, name);

create table upsell_images (
    id         uuid primary key,
    upsell_id  uuid not null references upsells (id) on delete cascade,
    is_default boolean not null default false,
    created_at timestamptz not null
);
create index upsell_images_upsell_idx on upsell_images (upsell_id, created_at, id);
-- at most one default image per upsell, whatever the interleaving of requests
create unique index upsell_images_one_default on upsell_images (upsell_id) where is_default;

create table shop_featured_groups (
    id         uuid primary key,
    position   int not null unique check (position in (1, 2)),
    team_id    uuid not null references teams (id),
    group_id   uuid not null unique references brewery_groups (id),
    created_at timestamptz not null,
    updated_at timestamptz not null
);

-- Team search: case-insensitive substring matches on the name and the public slug.
-- pg_trgm lives in a schema of its own, out of the generated persistence code.
create schema if not exists extensions;
create extension if not exists pg_trgm with schema extensions;
create index teams_name_trgm_idx on teams using gin (lower(name) extensions.gin_trgm_ops);
create index teams_public_slug_trgm_idx on teams using gin (public_slug extensions.gin_trgm_ops);
