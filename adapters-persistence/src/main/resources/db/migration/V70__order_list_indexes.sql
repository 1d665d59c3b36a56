-- Order pages read from an index in the order they are listed, whatever the size of the team.
--
-- Lists sort by issue date or due date with NULLS LAST in both directions, then by id the same way.
-- ASC NULLS LAST is a btree's own order, so the ascending indexes of V5 serve ascending pages; the
-- backward scan of such an index yields DESC NULLS FIRST, which is not what a descending page asks
-- for, so each nullable key gets a descending NULLS LAST index too. created_at is never null: the
-- query orders it without a NULLS clause and one index serves both directions (forward, backward).
create index orders_team_issue_desc_idx on orders (team_id, issue_date desc nulls last, id desc);
create index orders_team_due_desc_idx on orders (team_id, due_date desc nulls last, id desc);

-- The orders of a group (GET /group-orders), across its teams, by the same keys.
create index orders_group_issue_idx on orders (group_id, issue_date, id) where group_id is not null;
create index orders_group_issue_desc_idx on orders (group_id, issue_date desc nulls last, id desc) where group_id is not null;
create index orders_group_due_idx on orders (group_id, due_date, id) where group_id is not null;
create index orders_group_due_desc_idx on orders (group_id, due_date desc nulls last, id desc) where group_id is not null;

-- A team's group-linked orders filtered by claim status, newest first.
create index orders_team_claim_status_idx on orders (team_id, group_claim_status, issue_date desc nulls last, id desc)
    where group_claim_status is not null;

-- The team list's status filter (and state=draft/confirmed/cancelled) in the default order.
create index orders_team_status_issue_idx on orders (team_id, status, issue_date desc nulls last, id desc);

-- The filters the default orders_team_status_idx (team_id, status, due_date) and
-- orders_team_dispatch_idx (team_id, dispatch_status) of V5 served are covered by the indexes above.
drop index orders_team_status_idx;
drop index orders_team_dispatch_idx;
create index orders_team_dispatch_idx on orders (team_id, dispatch_status, issue_date desc nulls last, id desc);
