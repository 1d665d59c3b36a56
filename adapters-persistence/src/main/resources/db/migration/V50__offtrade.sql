-- Off-trade collection requests: where each brewery collects, the requests buyers send, and one
-- notice per routed team (pending until its email went out).

-- outward codes (BS1) and postcode areas (BS) a team collects from; routing asks "overlaps".
alter table teams add column off_trade_districts text[] not null default '{}';
create index teams_off_trade_districts_idx on teams using gin (off_trade_districts);

-- the #ID operators quote: a plain number from a sequence
create sequence offtrade_collection_request_ids;

create table offtrade_collection_requests (
    id            bigint primary key,
    business_name text not null,
    contact_name  text not null,
    contact_email text not null,
    contact_phone text null,
    postcode      text not null,
    district      text not null,
    message       text not null check (length(message) <= 2000),
    created_at    timestamptz not null
);

create table offtrade_notices (
    request_id  bigint not null references offtrade_collection_requests (id),
    team_id     uuid not null references teams (id),
    status      text not null check (status in ('pending', 'notified')),
    notified_at timestamptz null,
    primary key (team_id, request_id),
    check ((status = 'notified') = (notified_at is not null))
);
create index offtrade_notices_request_idx on offtrade_notices (request_id);
