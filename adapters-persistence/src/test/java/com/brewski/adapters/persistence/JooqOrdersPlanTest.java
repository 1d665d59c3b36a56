package com.brewski.adapters.persistence;

import com.brewski.application.orders.OrderQuery;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.OrdersFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The default list of a team's orders is served by an index once the table holds thousands of orders of many teams. */
class JooqOrdersPlanTest {

    @Test
    void a_teams_default_list_does_not_scan_every_order() {
        OrdersFixture fx = new OrdersFixture();
        int teams = 40;
        int perTeam = 100;
        TeamId first = null;
        for (int t = 0; t < teams; t++) {
            Team team = fx.team("Brewery " + t);
            UUID client = fx.client(team.id(), "Client " + t, null);
            if (first == null) first = team.id();
            fx.sql.execute("""
                    insert into orders (id, team_id, client_id, number, status, dispatch_status, issue_date, due_date,
                                        currency_symbol, shipping_mode, subtotal_minor, tax_total_minor, total_minor,
                                        created_at, updated_at)
                    select gen_random_uuid(), ?, ?, 'ORD-' || lpad(n::text, 5, '0'),
                           (array['draft', 'confirmed', 'cancelled'])[1 + n % 3], 'pending',
                           date '2025-01-01' + n, date '2025-01-01' + n + 30, '£', 'none', n * 100, n * 20, n * 120,
                           now() - n * interval '1 hour', now()
                    from generate_series(1, ?) as n
                    """, team.id().value(), client, perTeam);
        }
        fx.sql.execute("analyze orders");
        fx.sql.execute("analyze clients");
        JooqOrderViews views = new JooqOrderViews(fx.persistence.jooqTransactions());
        OrderQuery query = new OrderQuery(first, null, null, null, null, null, null,
                new Sort("issueDate", Sort.Direction.DESC), PageRequest.DEFAULT, TODAY);

        List<String> plan = fx.sql.fetch("explain " + fx.sql.renderInlined(views.listQuery(query))).getValues(0, String.class);

        assertThat(fx.sql.fetchCount(com.brewski.adapters.persistence.jooq.Tables.ORDERS)).isEqualTo(teams * perTeam);
        assertThat(String.join("\n", plan)).as(String.join("\n", plan))
                .doesNotContain("Seq Scan on orders")
                .containsPattern("Index.* on orders_team_");
    }
}
