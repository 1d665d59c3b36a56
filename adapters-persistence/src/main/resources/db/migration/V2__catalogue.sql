-- Catalogue: containers, beers with manual stock, multipacks, pricebooks and their items.

create table containers (
    id                 uuid primary key,
    team_id            uuid not null references teams (id),
    name               text not null,
    container_type     text not null check (container_type in ('keg', 'cask', 'can', 'bottle')),
    volume_ml          int not null check (volume_ml > 0),
    default_bbe_months int not null default 0 check (default_bbe_months between 0 and 1200),
    is_default         boolean not null default false,
    is_returnable      boolean not null default false,
    deposit_minor      bigint null check (deposit_minor >= 0),
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index containers_team_name_idx on containers (team_id, name, id);
create index containers_team_volume_idx on containers (team_id, volume_ml, id);
create index containers_team_created_idx on containers (team_id, created_at, id);

create table beers (
    id             uuid primary key,
    team_id        uuid not null references teams (id),
    name           text not null,
    style          text null,
    state          text not null default 'active' check (state in ('active', 'archived')),
    target_abv     numeric(5, 2) null check (target_abv between 0 and 100),
    color_hex      text null,
    show_public    boolean not null default false,
    inventory_mode text not null check (inventory_mode in ('manual', 'managed')),
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index beers_team_name_idx on beers (team_id, name, id);
create index beers_team_created_idx on beers (team_id, created_at, id);

-- Counted stock of manually tracked beers, per container; never negative.
create table beer_stock (
    beer_id      uuid not null references beers (id) on delete cascade,
    container_id uuid not null references containers (id),
    quantity     numeric(14, 3) not null check (quantity >= 0),
    updated_at   timestamptz not null default now(),
    primary key (beer_id, container_id)
);
create index beer_stock_container_idx on beer_stock (container_id);

create table multipacks (
    id                  uuid primary key,
    team_id             uuid not null references teams (id),
    name                text not null,
    pack_size           int not null check (pack_size between 1 and 1000),
    beer_id             uuid not null references beers (id),
    container_id        uuid not null references containers (id),
    default_price_minor bigint not null check (default_price_minor >= 0),
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index multipacks_team_name_idx on multipacks (team_id, name, id);
create index multipacks_team_created_idx on multipacks (team_id, created_at, id);
create index multipacks_beer_idx on multipacks (beer_id);
create index multipacks_container_idx on multipacks (container_id);

create table pricebooks (
    id         uuid primary key,
    team_id    uuid not null references teams (id),
    name       text not null,
    is_default boolean not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index pricebooks_team_created_idx on pricebooks (team_id, created_at, id);
-- One default pricebook per team, settled by the database when two requests race to create it.
create unique index pricebooks_one_default_uq on pricebooks (team_id) where is_default;

create table pricebook_items (
    id               uuid primary key,
    pricebook_id     uuid not null references pricebooks (id) on delete cascade,
    beer_id          uuid null references beers (id),
    container_id     uuid null references containers (id),
    multipack_id     uuid null references multipacks (id),
    price_minor      bigint not null check (price_minor >= 0),
    discount_percent numeric(6, 3) null check (discount_percent between 0 and 100),
    enabled          boolean not null default true,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    check ((multipack_id is null and beer_id is not null and container_id is not null)
        or (multipack_id is not null and beer_id is null and container_id is null))
);
create unique index pricebook_items_beer_uq on pricebook_items (pricebook_id, beer_id, container_id) where multipack_id is null;
create unique index pricebook_items_multipack_uq on pricebook_items (pricebook_id, multipack_id) where multipack_id is not null;
create index pricebook_items_container_idx on pricebook_items (container_id);
create index pricebook_items_multipack_idx on pricebook_items (multipack_id);
