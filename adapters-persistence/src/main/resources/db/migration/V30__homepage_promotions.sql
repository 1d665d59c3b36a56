-- Homepage promotions: a team featured on the storefront from starts_at, its image stored as
-- uploaded. At most one promotion is the platform default (the partial unique index), and every
-- transaction that may change the default first locks the one row of homepage_promotion_default_lock,
-- so concurrent "make default" calls queue instead of racing.

create table homepage_promotions (
    id                    uuid primary key,
    team_id               uuid not null references teams (id),
    starts_at             timestamptz not null,
    image_key             text not null,
    image_title           text null,
    image_description     text null,
    main_title            text null,
    main_description      text null,
    text_needs_background boolean not null default false,
    text_background       text null check (text_background in ('dark', 'darkdeep', 'light', 'lightdeep')),
    text_color            text null check (text_color in ('black', 'white', 'rainbow')),
    is_default            boolean not null default false,
    created_by            uuid not null references users (id),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    check (text_needs_background or text_background is null)
);

create unique index homepage_promotions_one_default on homepage_promotions (is_default) where is_default;
create index homepage_promotions_starts_at_idx on homepage_promotions (starts_at desc);
create index homepage_promotions_team_id_idx on homepage_promotions (team_id);

create table homepage_promotion_default_lock (
    id smallint primary key check (id = 1)
);
insert into homepage_promotion_default_lock (id) values (1);
