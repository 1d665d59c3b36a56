package com.brewski.adapters.persistence;

import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.Orders;
import com.brewski.application.orders.Orders.OrderCounts;
import com.brewski.application.payments.Payments;
import com.brewski.domain.identity.Team;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderChange;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentMethod;
import com.brewski.domain.shared.Patch;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static com.brewski.adapters.persistence.OrdersFixture.TODAY;
import static com.brewski.adapters.persistence.OrdersFixture.at;
import static com.brewski.adapters.persistence.OrdersFixture.custom;
import static com.brewski.adapters.persistence.OrdersFixture.draft;
import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.PAYMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

/**
 * The money columns of {@code orders} and the team tallies, on generated ledgers: random payments,
 * refunds, line changes, status and due-date changes (fixed seeds, so a failure replays), each in its
 * own transaction through the ports. After every run the stored sums equal the ledger's, the stored
 * flags equal the domain's {@link OrderFlags#of}, and the tallies equal a recount of the orders.
 */
class OrderMoneyColumnsTest {
    private static final long[] SEEDS = {1L, 7L, 42L, 2025L};
    private static final int ORDERS_PER_TEAM = 12;
    private static final int STEPS = 150;

    private final OrdersFixture fx = new OrdersFixture();
    private final Orders orders = fx.orders;
    private final Payments payments = fx.persistence.payments();

    @Test
    void stored_sums_flags_and_tallies_follow_generated_ledgers() {
        long dueOrders = 0, paidOrders = 0;
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            Team team = fx.team("Ledger Brewery " + seed);
            UUID client = fx.client(team.id(), "Ledger Bar " + seed, null);
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < ORDERS_PER_TEAM; i++) {
                OrderStatus status = OrderStatus.values()[random.nextInt(OrderStatus.values().length)];
                LocalDate due = random.nextInt(4) == 0 ? null : TODAY.plusDays(random.nextInt(21) - 14);
                Order order = draft(team, client, "ORD-%05d".formatted(i + 1), status, TODAY.minusDays(30), due, null, at(i));
                if (status != OrderStatus.CANCELLED) order.addLine(custom(order, "Line", "1", 5_000 + random.nextInt(20_000), "20", null, at(i)), List.of(), at(i));
                fx.stored(order);
                ids.add(order.id());
            }
            for (int step = 0; step < STEPS; step++) step(random, ids.get(random.nextInt(ids.size())), step);

            for (UUID id : ids) assertStoredMoneyMatchesLedger(id, "seed " + seed);
            OrderCounts counts = assertTalliesMatchRecount(team, "seed " + seed);
            dueOrders += counts.due();
            paidOrders += counts.paid();
        }
        assertThat(dueOrders).as("the generated ledgers make some orders due").isPositive();
        assertThat(paidOrders).as("and some paid").isPositive();
    }

    private void step(Random random, UUID orderId, int step) {
        fx.persistence.transactions().run(() -> {
            Order order = orders.byIdForUpdate(orderId).orElseThrow();
            int kind = random.nextInt(10);
            if (kind < 4) {
                payments.insert(payment(order, PaymentKind.PAYMENT, 1 + random.nextInt(6_000), step));
            } else if (kind < 6) {
                payments.insert(payment(order, PaymentKind.REFUND, 1 + random.nextInt(3_000), step));
            } else if (kind < 8 && order.status() != OrderStatus.CANCELLED) {
                if (!order.lines().isEmpty() && random.nextBoolean())
                    order.removeLine(order.lines().getFirst().id(), List.of(), at(1_000 + step));
                else
                    order.addLine(custom(order, "Extra", "1", 1 + random.nextInt(12_000), "20", null, at(1_000 + step)), List.of(), at(1_000 + step));
                orders.update(order);
            } else if (kind < 9) {
                OrderStatus status = OrderStatus.values()[random.nextInt(OrderStatus.values().length)];
                order.update(change(Patch.set(status), Patch.absent()), List.of(), at(1_000 + step));
                orders.update(order);
            } else {
                LocalDate due = random.nextInt(3) == 0 ? null : TODAY.plusDays(random.nextInt(21) - 14);
                order.update(change(Patch.absent(), Patch.set(due)), List.of(), at(1_000 + step));
                orders.update(order);
            }
        });
    }

    private void assertStoredMoneyMatchesLedger(UUID id, String run) {
        Record ledger = fx.sql.select(
                        coalesce(sum(PAYMENTS.AMOUNT_MINOR).filterWhere(PAYMENTS.KIND.eq("payment")), inline(java.math.BigDecimal.ZERO)),
                        coalesce(sum(PAYMENTS.AMOUNT_MINOR).filterWhere(PAYMENTS.KIND.eq("refund")), inline(java.math.BigDecimal.ZERO)))
                .from(PAYMENTS).where(PAYMENTS.ORDER_ID.eq(id)).fetchSingle();
        long paid = ledger.get(0, java.math.BigDecimal.class).longValueExact();
        long refunded = ledger.get(1, java.math.BigDecimal.class).longValueExact();
        var row = fx.sql.selectFrom(ORDERS).where(ORDERS.ID.eq(id)).fetchSingle();

        assertThat(row.getPaidMinor()).as(run + " paid of " + id).isEqualTo(paid);
        assertThat(row.getRefundedMinor()).as(run + " refunded of " + id).isEqualTo(refunded);
        assertThat(row.getRemainingMinor()).as(run).isEqualTo(row.getTotalMinor() - (paid - refunded));

        OrderStatus status = OrderStatus.parse("status", row.getStatus());
        OrderFlags expected = OrderFlags.of(status, row.getDueDate(), TODAY, row.getTotalMinor(), paid, refunded);
        OrderView view = fx.persistence.transactions().inTransaction(() -> orders.view(id, TODAY)).orElseThrow();
        assertThat(view.header().flags()).as(run + " flags of " + id).isEqualTo(expected);
        assertThat(view.header().payments().totalPaymentsMinor()).isEqualTo(paid);
        assertThat(view.header().payments().totalRefundsMinor()).isEqualTo(refunded);
    }

    private OrderCounts assertTalliesMatchRecount(Team team, String run) {
        List<OrderFlags> flags = new ArrayList<>();
        long draft = 0, confirmed = 0, cancelled = 0;
        for (var row : fx.sql.selectFrom(ORDERS).where(ORDERS.TEAM_ID.eq(team.id().value())).fetch()) {
            OrderStatus status = OrderStatus.parse("status", row.getStatus());
            if (status == OrderStatus.DRAFT) draft++;
            if (status == OrderStatus.CONFIRMED) confirmed++;
            if (status == OrderStatus.CANCELLED) cancelled++;
            flags.add(OrderFlags.of(status, row.getDueDate(), TODAY, row.getTotalMinor(), row.getPaidMinor(), row.getRefundedMinor()));
        }
        OrderCounts expected = new OrderCounts(flags.size(), flags.stream().filter(OrderFlags::due).count(), draft, confirmed,
                cancelled, flags.stream().filter(OrderFlags::paid).count());

        OrderCounts counts = fx.persistence.transactions().inTransaction(() -> orders.counts(team.id(), TODAY));

        assertThat(counts).as(run).isEqualTo(expected);
        return counts;
    }

    private static Payment payment(Order order, PaymentKind kind, long amount, int step) {
        return new Payment(UUID.randomUUID(), order.id(), order.teamId(), kind, amount, PaymentMethod.CARD, null,
                at(2_000 + step), at(2_000 + step));
    }

    private static OrderChange change(Patch<OrderStatus> status, Patch<LocalDate> due) {
        return new OrderChange(status, Patch.absent(), due, Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
    }
}
