-- The team that held an order's group claim before the last change: a request from that team that
-- lost a race to the change is told the claim changed (409), not that it never held it (403).
alter table orders add column group_claim_previous_team_id uuid null references teams (id);
