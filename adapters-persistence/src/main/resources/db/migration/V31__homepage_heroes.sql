-- The homepage hero carousel. Positions are the gap-free permutation 0..n-1: every transaction that
-- adds, moves or removes a slide first locks the one row of homepage_hero_carousel, which also holds
-- the last epoch-millis used in an image key (platform/hero-<millis>.jpg), so keys never repeat.
-- The unique position constraint is deferred so that a swap can pass through equal positions.

create table homepage_heroes (
    id              uuid primary key,
    category        text not null,
    title           text not null,
    message         text not null,
    show_button     boolean not null default false,
    button_text     text null,
    button_link     text null,
    theme           text not null default 'dark' check (theme in ('dark', 'light')),
    image_key       text not null,
    image_width     int not null check (image_width > 0),
    image_height    int not null check (image_height > 0 and image_height <= 770),
    display_seconds int not null default 8 check (display_seconds between 3 and 120),
    position        int not null check (position >= 0),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint homepage_heroes_position_key unique (position) deferrable initially deferred,
    check (not show_button or (button_text is not null and button_link is not null))
);

create table homepage_hero_carousel (
    id                smallint primary key check (id = 1),
    last_image_millis bigint not null default 0
);
insert into homepage_hero_carousel (id, last_image_millis) values (1, 0);
