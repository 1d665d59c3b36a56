-- Teams get a public slug (their address in the shop): lower-case letters, digits and single
-- hyphens, unique. Existing teams get one made from their name, numbered on collision.

alter table teams add column public_slug text;

with base as (
    select id, created_at,
           coalesce(nullif(trim(both '-' from left(trim(both '-' from regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), 60)), ''),
                    'team') as slug
    from teams
), ranked as (
    select id, slug, row_number() over (partition by slug order by created_at, id) as n from base
)
update teams t
set public_slug = case when r.n = 1 then r.slug else r.slug || '-' || r.n end
from ranked r
where r.id = t.id;

alter table teams alter column public_slug set not null;
alter table teams add constraint teams_public_slug_shape
    check (public_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(public_slug) <= 80);
alter table teams add constraint teams_public_slug_key unique (public_slug);
