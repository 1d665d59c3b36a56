-- Trade clients and their delivery sites. Email and AWRS number are unique within a team.

create table clients (
    id               uuid primary key,
    team_id          uuid not null references teams (id),
    name             text not null,
    contact_email    text null,
    contact_phone    text null,
    address_line1    text null,
    address_line2    text null,
    address_town     text null,
    address_county   text null,
    address_postcode text null,
    address_country  text null,
    billing_line1    text null,
    billing_line2    text null,
    billing_town     text null,
    billing_county   text null,
    billing_postcode text null,
    billing_country  text null,
    awrs_number      text null,
    pricebook_id     uuid null references pricebooks (id),
    notes            text null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create unique index clients_team_email_uq on clients (team_id, contact_email) where contact_email is not null;
create unique index clients_team_awrs_uq on clients (team_id, awrs_number) where awrs_number is not null;
create index clients_team_name_idx on clients (team_id, lower(name), id);
create index clients_pricebook_idx on clients (pricebook_id);

create table delivery_sites (
    id               uuid primary key,
    client_id        uuid not null references clients (id) on delete cascade,
    name             text not null,
    address_line1    text null,
    address_line2    text null,
    address_town     text null,
    address_county   text null,
    address_postcode text null,
    address_country  text null,
    notes            text null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index delivery_sites_client_idx on delivery_sites (client_id, created_at);
