package com.brewski.adapters.persistence;

import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderState;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.brewski.adapters.persistence.OrdersFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list the orders routes answer (each sort key, each direction, each filter; a team's list and a
 * group's list) is read from an index in the order it asks for, once the table holds many teams'
 * orders: no sequential scan of {@code orders} and no sort of its rows, whatever the page. The plans
 * are those of the one statement {@link JooqOrderViews#list} runs (page and total), with ANALYZE so
 * that an external sort would show.
 */
class JooqOrdersPlanTest {
    private static final int TEAMS = 30;
    /** The team whose lists are planned holds many orders, the others a few hundred each. */
    private static final int FIRST_TEAM_ORDERS = 20_000;
    private static final int PER_OTHER_TEAM = 300;
    private static OrdersFixture fx;
    private static JooqOrderViews views;
    private static TeamId first;
    private static UUID group;

    @BeforeAll
    static void manyTeamsWithManyOrders() {
        fx = new OrdersFixture();
        group = fx.group("North", "North");
        for (int t = 0; t < TEAMS; t++) {
            Team team = fx.team("Brewery " + t);
            UUID client = fx.client(team.id(), "Client " + t, null);
            if (first == null) first = team.id();
            fx.sql.execute("""
                    insert into orders (id, team_id, client_id, number, status, dispatch_status, issue_date, due_date,
                                        currency_symbol, shipping_mode, subtotal_minor, tax_total_minor, total_minor,
                                        paid_minor, group_id, group_claim_status, created_at, updated_at)
                    select gen_random_uuid(), ?, ?, 'ORD-' || lpad(n::text, 6, '0'),
                           (array['draft', 'confirmed', 'confirmed', 'cancelled'])[1 + n % 4],
                           (array['pending', 'packed', 'dispatched', 'delivered'])[1 + n % 4],
                           case when n % 10 = 0 then null else date '2024-01-01' + n end,
                           case when n % 7 = 0 then null else date '2024-01-01' + n + 30 end,
                           '£', 'none', n * 100, n * 20, n * 120, case when n % 3 = 0 then n * 120 else 0 end,
                           case when n % 50 = 0 then ?::uuid end, case when n % 50 = 0 then 'unclaimed' end,
                           now() - n * interval '1 hour', now()
                    from generate_series(1, ?) as n
                    """, team.id().value(), client, group, t == 0 ? FIRST_TEAM_ORDERS : PER_OTHER_TEAM);
        }
        fx.sql.execute("vacuum analyze");
        views = new JooqOrderViews(fx.persistence.jooqTransactions());
    }

    @Test
    void the_table_holds_many_teams_orders() {
        assertThat(fx.sql.fetchCount(com.brewski.adapters.persistence.jooq.Tables.ORDERS)).isEqualTo(FIRST_TEAM_ORDERS + (TEAMS - 1) * PER_OTHER_TEAM);
    }

    @Test
    void every_sort_of_a_teams_list_reads_an_index_in_order() {
        for (Sort sort : sorts()) assertIndexOrdered(teamQuery(sort, null, null, null, null), "team " + sort);
    }

    @Test
    void every_filter_of_a_teams_list_in_every_order_reads_an_index() {
        Map<String, OrderQuery> queries = new LinkedHashMap<>();
        for (Sort sort : sorts()) {
            for (OrderStatus status : OrderStatus.values())
                queries.put("status=" + status + " " + sort, teamQuery(sort, null, status, null, null));
            for (OrderState state : OrderState.values())
                queries.put("state=" + state + " " + sort, teamQuery(sort, state, null, null, null));
            for (DispatchStatus dispatch : List.of(DispatchStatus.PENDING, DispatchStatus.DELIVERED))
                queries.put("dispatchStatus=" + dispatch + " " + sort, teamQuery(sort, null, null, dispatch, null));
            queries.put("groupClaimStatus " + sort, teamQuery(sort, null, null, null, GroupClaimStatus.UNCLAIMED));
        }
        queries.forEach((name, query) -> assertNoScanOrSortOfOrders(query, name));
    }

    @Test
    void every_sort_and_state_of_a_groups_list_reads_an_index() {
        for (Sort sort : sorts()) {
            assertIndexOrdered(new OrderQuery(null, group, null, null, null, null, null, sort, PageRequest.DEFAULT, TODAY), "group " + sort);
            assertNoScanOrSortOfOrders(new OrderQuery(null, group, OrderState.DUE, null, null, null, null, sort,
                    PageRequest.DEFAULT, TODAY), "group due " + sort);
        }
    }

    @Test
    void a_teams_counts_and_unfiltered_total_read_no_orders() {
        String plan = plan(fx.sql.renderInlined(views.listStatement(teamQuery(new Sort("issueDate", Sort.Direction.DESC), null, null, null, null))));
        assertThat(plan).as(plan).contains("team_order_tallies");
    }

    private static OrderQuery teamQuery(Sort sort, OrderState state, OrderStatus status, DispatchStatus dispatch, GroupClaimStatus claim) {
        return new OrderQuery(first, null, state, status, dispatch, claim, null, sort, PageRequest.DEFAULT, TODAY);
    }

    private static List<Sort> sorts() {
        List<Sort> sorts = new ArrayList<>();
        for (String key : List.of("issueDate", "dueDate", "createdAt"))
            for (Sort.Direction direction : Sort.Direction.values()) sorts.add(new Sort(key, direction));
        return sorts;
    }

    /** An unfiltered list: the page is the first rows of an index scan of orders, nothing sorted. */
    private static void assertIndexOrdered(OrderQuery query, String name) {
        String plan = assertNoScanOrSortOfOrders(query, name);
        assertThat(plan).as(name + "\n" + plan).containsPattern("Index (Only )?Scan( Backward)? using orders_(team|group)_\\w+ on orders");
    }

    private static String assertNoScanOrSortOfOrders(OrderQuery query, String name) {
        String plan = plan(fx.sql.renderInlined(views.listStatement(query)));
        assertThat(plan).as(name + "\n" + plan)
                .doesNotContain("Seq Scan on orders")
                .doesNotContain("external")
                .doesNotContainPattern("(?m)^\\s*(->\\s*)?(Incremental )?Sort ");
        return plan;
    }

    private static String plan(String sql) {
        return String.join("\n", fx.sql.fetch("explain (analyze, costs off, timing off) " + sql).getValues(0, String.class));
    }
}
