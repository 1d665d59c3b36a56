-- Identity: users, teams (with their settings), memberships and sessions.
-- Money is stored as bigint minor units; timestamps are timestamptz.

create table users (
    id            uuid primary key,
    email         text not null unique,
    name          text not null,
    password_hash text null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

create table teams (
    id                           uuid primary key,
    name                         text not null,
    is_platform                  boolean not null default false,
    currency_symbol              text not null default '£',
    locale                       text not null default 'en-GB',
    obscure_order_number         boolean not null default false,
    billing_name                 text null,
    billing_address              text null,
    vat_number                   text null,
    payment_details              text null,
    invoice_terms                text null,
    default_payment_terms_amount int not null default 30,
    default_payment_terms_unit   text not null default 'days'
        check (default_payment_terms_unit in ('days', 'weeks', 'months')),
    deposit_keg_enabled          boolean not null default false,
    deposit_keg_minor            bigint null check (deposit_keg_minor >= 0),
    deposit_cask_enabled         boolean not null default false,
    deposit_cask_minor           bigint null check (deposit_cask_minor >= 0),
    deposit_can_enabled          boolean not null default false,
    deposit_can_minor            bigint null check (deposit_can_minor >= 0),
    deposit_bottle_enabled       boolean not null default false,
    deposit_bottle_minor         bigint null check (deposit_bottle_minor >= 0),
    location_town                text null,
    location_country             text null,
    off_trade_contact_email      text null,
    operating_mode               text not null default 'brewery'
        check (operating_mode in ('shop', 'hybrid', 'brewery')),
    logo_key                     text null,
    created_at                   timestamptz not null default now(),
    updated_at                   timestamptz not null default now()
);

-- The platform's own staff team; its memberships carry the platform roles (su, support).
insert into teams (id, name, is_platform, created_at, updated_at)
values ('00000000-0000-0000-0000-000000000001', 'Brewski platform', true,
        '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');

create table memberships (
    id          uuid primary key,
    team_id     uuid not null references teams (id),
    user_id     uuid not null references users (id),
    role        text not null check (role in ('owner', 'admin', 'member', 'su', 'support')),
    deactivated boolean not null default false,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    unique (team_id, user_id)
);

create index memberships_user_id_idx on memberships (user_id);

create table sessions (
    id                 uuid primary key,
    family_id          uuid not null,
    user_id            uuid not null references users (id),
    access_hash        text not null unique,
    access_expires_at  timestamptz not null,
    refresh_hash       text not null unique,
    refresh_expires_at timestamptz not null,
    created_at         timestamptz not null,
    revoked_at         timestamptz null
);

create index sessions_family_id_idx on sessions (family_id);
create index sessions_user_id_idx on sessions (user_id);
