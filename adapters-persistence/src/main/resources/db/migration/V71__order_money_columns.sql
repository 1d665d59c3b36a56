-- The money standing of an order lives on its row: what was paid and refunded (kept in step by the
-- statements that record payments, in the same transaction, under the order's row lock), and, as
-- generated columns, the remaining balance and the flags. These generated columns are the one SQL
-- definition of the flags (the same rules as the domain's OrderFlags):
--   remaining = total - (paid - refunded)
--   paid      = nothing remaining (whatever the status)
--   partial   = something paid (net) and something remaining
--   refunded  = refunds exceed payments
--   due       = confirmed, a due date before today and something remaining; "today" moves, so the
--               row keeps open_due_date (the due date of a confirmed order with something remaining,
--               else null) and due means open_due_date < today.
alter table orders
    add column paid_minor     bigint not null default 0,
    add column refunded_minor bigint not null default 0;

update orders o
set paid_minor     = s.paid,
    refunded_minor = s.refunded
from (select order_id,
             coalesce(sum(amount_minor) filter (where kind = 'payment'), 0) as paid,
             coalesce(sum(amount_minor) filter (where kind = 'refund'), 0)  as refunded
      from payments
      group by order_id) s
where s.order_id = o.id;

alter table orders
    add column remaining_minor bigint generated always as (total_minor - (paid_minor - refunded_minor)) stored,
    add column flag_paid boolean generated always as (total_minor - (paid_minor - refunded_minor) <= 0) stored,
    add column flag_partial boolean generated always as
        (paid_minor - refunded_minor > 0 and total_minor - (paid_minor - refunded_minor) > 0) stored,
    add column flag_refunded boolean generated always as (refunded_minor > paid_minor) stored,
    add column open_due_date date generated always as
        (case when status = 'confirmed' and total_minor - (paid_minor - refunded_minor) > 0 then due_date end) stored;

-- state=due pages and state=paid pages of a team.
create index orders_team_open_due_idx on orders (team_id, open_due_date) where open_due_date is not null;
create index orders_team_paid_issue_idx on orders (team_id, issue_date desc nulls last, id desc) where flag_paid;

-- Counts that do not scan the team: tallies per team (all, by status, paid) and per team and open
-- due date (the due count is the sum of the dates before today), maintained by statement triggers
-- on orders in the transaction that changes the orders. Tallies are updated in a fixed order (team
-- row first, then due dates in date order), so two transactions never wait on each other in a cycle.
create table team_order_tallies (
    team_id   uuid primary key references teams (id),
    orders    bigint not null default 0,
    draft     bigint not null default 0,
    confirmed bigint not null default 0,
    cancelled bigint not null default 0,
    paid      bigint not null default 0
);

create table team_open_due_tallies (
    team_id  uuid not null references teams (id),
    due_date date not null,
    orders   bigint not null,
    primary key (team_id, due_date)
);

insert into team_order_tallies (team_id, orders, draft, confirmed, cancelled, paid)
select team_id, count(*), count(*) filter (where status = 'draft'), count(*) filter (where status = 'confirmed'),
       count(*) filter (where status = 'cancelled'), count(*) filter (where flag_paid)
from orders
group by team_id;

insert into team_open_due_tallies (team_id, due_date, orders)
select team_id, open_due_date, count(*)
from orders
where open_due_date is not null
group by team_id, open_due_date;

-- The two statements that apply the tally change of one statement on orders: the rows of
-- delta_source (team_id, status, flag_paid, open_due_date, n) count n each, +1 for a row after the
-- statement, -1 for one before it. The trigger functions run them (only they see the transition tables).
create function orders_tally_statements(delta_source text) returns text[] language plpgsql immutable as $$
begin
    return array[format($q$
        insert into team_order_tallies as t (team_id, orders, draft, confirmed, cancelled, paid)
        select team_id, sum(n),
               coalesce(sum(n) filter (where status = 'draft'), 0),
               coalesce(sum(n) filter (where status = 'confirmed'), 0),
               coalesce(sum(n) filter (where status = 'cancelled'), 0),
               coalesce(sum(n) filter (where flag_paid), 0)
        from (%s) d
        group by team_id
        order by team_id
        on conflict (team_id) do update
            set orders    = t.orders + excluded.orders,
                draft     = t.draft + excluded.draft,
                confirmed = t.confirmed + excluded.confirmed,
                cancelled = t.cancelled + excluded.cancelled,
                paid      = t.paid + excluded.paid
    $q$, delta_source), format($q$
        insert into team_open_due_tallies as t (team_id, due_date, orders)
        select team_id, open_due_date, sum(n)
        from (%s) d
        where open_due_date is not null
        group by team_id, open_due_date
        having sum(n) <> 0
        order by team_id, open_due_date
        on conflict (team_id, due_date) do update set orders = t.orders + excluded.orders
    $q$, delta_source)];
end $$;

create function orders_tally_insert() returns trigger language plpgsql as $$
declare statement text;
begin
    foreach statement in array orders_tally_statements('select team_id, status, flag_paid, open_due_date, 1 as n from new_rows') loop
        execute statement;
    end loop;
    return null;
end $$;

create function orders_tally_delete() returns trigger language plpgsql as $$
declare statement text;
begin
    foreach statement in array orders_tally_statements('select team_id, status, flag_paid, open_due_date, -1 as n from old_rows') loop
        execute statement;
    end loop;
    return null;
end $$;

-- Only the rows whose tallied values changed count; an update of anything else leaves the tallies alone.
create function orders_tally_update() returns trigger language plpgsql as $$
declare statement text;
begin
    if exists (select 1 from new_rows n join old_rows o using (id)
               where (n.team_id, n.status, n.flag_paid, n.open_due_date)
                     is distinct from (o.team_id, o.status, o.flag_paid, o.open_due_date)) then
        foreach statement in array orders_tally_statements($s$
            select n.team_id, n.status, n.flag_paid, n.open_due_date, 1 as n
            from new_rows n join old_rows o using (id)
            where (n.team_id, n.status, n.flag_paid, n.open_due_date) is distinct from (o.team_id, o.status, o.flag_paid, o.open_due_date)
            union all
            select o.team_id, o.status, o.flag_paid, o.open_due_date, -1 as n
            from new_rows n join old_rows o using (id)
            where (n.team_id, n.status, n.flag_paid, n.open_due_date) is distinct from (o.team_id, o.status, o.flag_paid, o.open_due_date)
        $s$) loop
            execute statement;
        end loop;
    end if;
    return null;
end $$;

create trigger orders_tally_insert after insert on orders
    referencing new table as new_rows for each statement execute function orders_tally_insert();
create trigger orders_tally_delete after delete on orders
    referencing old table as old_rows for each statement execute function orders_tally_delete();
create trigger orders_tally_update after update on orders
    referencing old table as old_rows new table as new_rows for each statement execute function orders_tally_update();
