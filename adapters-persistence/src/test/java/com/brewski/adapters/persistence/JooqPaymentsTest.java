package com.brewski.adapters.persistence;

import com.brewski.application.orders.OrderView;
import com.brewski.application.payments.Payments;
import com.brewski.domain.identity.Team;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentLedger;
import com.brewski.domain.payments.PaymentMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.OrdersFixture.TODAY;
import static com.brewski.adapters.persistence.OrdersFixture.at;
import static com.brewski.adapters.persistence.OrdersFixture.draft;
import static com.brewski.adapters.persistence.OrdersFixture.withCharge;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@link Payments} port on PostgreSQL, and the payment sums the order read models take from it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqPaymentsTest {
    private OrdersFixture fx;
    private Payments payments;

    @BeforeAll
    void openDatabase() {
        fx = new OrdersFixture();
        payments = fx.persistence.payments();
    }

    private Order order(long totalMinor) {
        Team team = fx.team("Till Brewery");
        UUID client = fx.client(team.id(), "Till Bar", null);
        return fx.stored(withCharge(draft(team, client, "ORD-00001", OrderStatus.CONFIRMED, TODAY.minusDays(20),
                TODAY.minusDays(5), null, at(0)), totalMinor, at(0)));
    }

    private Payment payment(Order order, PaymentKind kind, long amount, Instant paidAt, Instant createdAt) {
        return new Payment(UUID.randomUUID(), order.id(), order.teamId(), kind, amount, PaymentMethod.BANK_TRANSFER,
                "REF-" + amount, paidAt, createdAt);
    }

    private void insert(Payment... ps) {
        fx.persistence.transactions().run(() -> List.of(ps).forEach(payments::insert));
    }

    @Test
    void payments_round_trip_in_chronological_order_paid_at_then_creation() {
        Order order = order(10_000);
        Payment late = payment(order, PaymentKind.PAYMENT, 3_000, at(300), at(400));
        Payment early = payment(order, PaymentKind.PAYMENT, 2_000, at(100), at(500));
        Payment sameMomentLater = payment(order, PaymentKind.PAYMENT, 1_000, at(300), at(600));
        Payment refund = payment(order, PaymentKind.REFUND, 500, at(200), at(700));
        insert(late, early, sameMomentLater, refund);

        List<Payment> stored = fx.persistence.transactions().inTransaction(() -> payments.ofOrder(order.id()));

        assertThat(stored).containsExactly(early, refund, late, sameMomentLater);
        assertThat(fx.persistence.transactions().inTransaction(() -> payments.ofOrder(UUID.randomUUID()))).isEmpty();
        PaymentLedger ledger = PaymentLedger.of(stored, 10_000);
        assertThat(ledger.entries()).extracting(PaymentLedger.Entry::runningBalanceMinor)
                .containsExactly(2_000L, 1_500L, 4_500L, 5_500L);
    }

    @Test
    void the_order_view_and_lists_sum_payments_and_refunds_and_flag_the_order() {
        Order order = order(10_000);
        insert(payment(order, PaymentKind.PAYMENT, 1_000, at(100), at(100)),
                payment(order, PaymentKind.REFUND, 3_000, at(200), at(200)));

        OrderView view = fx.persistence.transactions().inTransaction(() -> fx.orders.view(order.id(), TODAY)).orElseThrow();

        OrderView.Header header = view.header();
        assertThat(header.payments()).isEqualTo(new OrderView.PaymentTotals(1_000, 3_000));
        assertThat(header.totalPaidMinor()).isEqualTo(-2_000);
        assertThat(header.remainingMinor()).isEqualTo(12_000);
        assertThat(header.flags().refunded()).isTrue();
        assertThat(header.flags().due()).isTrue();
        assertThat(header.flags().paid()).isFalse();
        assertThat(view.payments()).hasSize(2);
        var row = fx.persistence.transactions().inTransaction(() -> fx.orders.list(
                new com.brewski.application.orders.OrderQuery(order.teamId(), null, null, null, null, null, null, null,
                        null, TODAY))).results().getFirst();
        assertThat(row.payments()).isEqualTo(header.payments());
        assertThat(row.flags()).isEqualTo(header.flags());
    }
}
