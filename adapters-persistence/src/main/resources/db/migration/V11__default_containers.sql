-- Which of its default containers a team offers, and at what default price (team settings).
create table team_default_containers (
    team_id      uuid not null references teams (id),
    container_id uuid not null references containers (id) on delete cascade,
    price_minor  bigint null check (price_minor >= 0),
    selected     boolean not null default true,
    primary key (team_id, container_id)
);
