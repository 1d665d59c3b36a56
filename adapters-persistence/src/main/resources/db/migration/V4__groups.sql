-- Brewery groups, their member teams and invitations.

create table brewery_groups (
    id           uuid primary key,
    name         text not null,
    slug         text not null unique,
    status       text not null default 'active' check (status in ('active', 'retired')),
    shop_visible boolean not null default false,
    region_label text null,
    description  text null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);

create table group_members (
    id         uuid primary key,
    group_id   uuid not null references brewery_groups (id),
    team_id    uuid not null references teams (id),
    role       text not null check (role in ('owner', 'admin', 'member')),
    status     text not null check (status in ('invited', 'active', 'retired')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (group_id, team_id)
);
create index group_members_team_idx on group_members (team_id);

create table group_invitations (
    id                 uuid primary key,
    group_id           uuid not null references brewery_groups (id),
    invitee_team_id    uuid not null references teams (id),
    invited_by_team_id uuid not null references teams (id),
    status             text not null check (status in ('pending', 'accepted', 'declined', 'expired')),
    expires_at         timestamptz not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index group_invitations_group_idx on group_invitations (group_id, created_at);
create index group_invitations_invitee_idx on group_invitations (invitee_team_id);
