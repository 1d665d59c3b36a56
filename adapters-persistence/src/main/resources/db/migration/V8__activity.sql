-- Team activity timelines (orders, marketing, …), newest first per team and category.

create table activity_entries (
    id          uuid primary key,
    team_id     uuid not null references teams (id),
    category    text not null,
    type        text not null,
    message     text not null,
    actor_id    uuid null references users (id),
    related_ids uuid[] not null default '{}',
    created_at  timestamptz not null
);
create index activity_team_created_idx on activity_entries (team_id, created_at desc, id desc);
create index activity_team_category_created_idx on activity_entries (team_id, category, created_at desc, id desc);
