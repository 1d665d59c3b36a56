package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data is as the app would have written it: sums, tallies, deposit charges and numbering in step. */
class JooqDemoSeedTest {

    private static long number(DSLContext sql, String query) {
        return sql.fetchSingle(query).get(0, Long.class);
    }

    @Test
    void seeded_orders_keep_every_stored_sum_and_tally_in_step_with_their_rows() {
        DataSource dataSource = TestDatabase.fresh();
        DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        List<Long> progress = new ArrayList<>();

        JooqDemoSeed.Seeded seeded = new JooqDemoSeed(new JooqPersistence(dataSource))
                .seed("Demo Brewery", "demo@brewski.example", "$2a$04$abcdefghijklmnopqrstuu", 5_000, 42L, progress::add);

        String team = "'" + seeded.teamId().value() + "'";
        assertThat(seeded.orders()).isEqualTo(5_000);
        assertThat(progress).last().isEqualTo(5_000L);
        assertThat(number(sql, "select count(*) from orders where team_id = " + team)).isEqualTo(5_000);
        assertThat(number(sql, """
                select count(*) from orders o
                left join (select order_id, sum(amount_minor) filter (where kind = 'payment') as paid,
                                  sum(amount_minor) filter (where kind = 'refund') as refunded
                           from payments group by order_id) p on p.order_id = o.id
                where o.paid_minor <> coalesce(p.paid, 0) or o.refunded_minor <> coalesce(p.refunded, 0)
                """)).as("orders whose stored sums differ from their payments").isZero();
        assertThat(number(sql, """
                select count(*) from orders o
                where o.total_minor <> (select coalesce(sum(line_total_minor), 0) from order_items i where i.order_id = o.id)
                """)).as("orders whose total is not their lines' (no shipping in demo data)").isZero();
        assertThat(sql.fetch("""
                select t.orders = c.orders and t.draft = c.draft and t.confirmed = c.confirmed
                       and t.cancelled = c.cancelled and t.paid = c.paid
                from team_order_tallies t,
                     (select count(*) orders, count(*) filter (where status = 'draft') draft,
                             count(*) filter (where status = 'confirmed') confirmed,
                             count(*) filter (where status = 'cancelled') cancelled,
                             count(*) filter (where flag_paid) paid
                      from orders where team_id = %s) c
                where t.team_id = %s
                """.formatted(team, team)).getValues(0, Boolean.class)).containsExactly(true);
        assertThat(number(sql, "select count(distinct status) from orders where team_id = " + team)).isEqualTo(3);
        assertThat(number(sql, "select count(*) from payments where kind = 'refund'")).isPositive();
        assertThat(number(sql, "select count(*) from orders where dispatch_status <> 'pending'")).isPositive();
        assertThat(number(sql, "select count(*) from orders where open_due_date < current_date")).isPositive();
        assertThat(number(sql, """
                select count(*) from order_items i join containers c on c.id = i.container_id and c.container_type = 'keg'
                where not exists (select 1 from deposit_transactions d where d.order_item_id = i.id)
                """)).as("keg lines without their deposit charge").isZero();
        assertThat(number(sql, "select last_number from team_order_counters where team_id = " + team)).isEqualTo(5_000);
        assertThat(number(sql, "select count(*) from clients where team_id = " + team)).isEqualTo(200);
    }
}
