package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.PaymentsRecord;
import com.brewski.application.payments.Payments;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentMethod;

import org.jooq.DSLContext;
import org.jooq.Field;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.PAYMENTS;

/** Payments and refunds in {@code payments}. */
final class JooqPayments implements Payments {
    private final JooqTransactions transactions;

    JooqPayments(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Inserts the payment and adds it to the order's {@code paid_minor} or {@code refunded_minor}, in the
     * caller's transaction (which holds the order's row lock), so the stored sums always equal the ledger's.
     */
    @Override
    public void insert(Payment p) {
        DSLContext dsl = transactions.dsl();
        dsl.insertInto(PAYMENTS)
                .set(PAYMENTS.ID, p.id())
                .set(PAYMENTS.ORDER_ID, p.orderId())
                .set(PAYMENTS.TEAM_ID, p.teamId().value())
                .set(PAYMENTS.KIND, p.kind().wire())
                .set(PAYMENTS.AMOUNT_MINOR, p.amountMinor())
                .set(PAYMENTS.PAYMENT_METHOD, p.method().wire())
                .set(PAYMENTS.PAYMENT_REFERENCE, p.reference())
                .set(PAYMENTS.PAID_AT, p.paidAt())
                .set(PAYMENTS.CREATED_AT, p.createdAt())
                .execute();
        Field<Long> sum = p.kind() == PaymentKind.REFUND ? ORDERS.REFUNDED_MINOR : ORDERS.PAID_MINOR;
        int updated = dsl.update(ORDERS).set(sum, sum.plus(p.amountMinor())).where(ORDERS.ID.eq(p.orderId())).execute();
        if (updated != 1) throw new IllegalStateException("order " + p.orderId() + " is not stored");
    }

    @Override
    public List<Payment> ofOrder(UUID orderId) {
        return transactions.dsl().selectFrom(PAYMENTS)
                .where(PAYMENTS.ORDER_ID.eq(orderId))
                .orderBy(PAYMENTS.PAID_AT, PAYMENTS.CREATED_AT, PAYMENTS.ID)
                .fetch(JooqPayments::toPayment);
    }

    static Payment toPayment(PaymentsRecord r) {
        return new Payment(r.getId(), r.getOrderId(), new TeamId(r.getTeamId()), PaymentKind.parse("kind", r.getKind()),
                r.getAmountMinor(), PaymentMethod.parse("paymentMethod", r.getPaymentMethod()), r.getPaymentReference(),
                r.getPaidAt(), r.getCreatedAt());
    }
}
