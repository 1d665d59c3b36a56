package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.PaymentsRecord;
import com.brewski.application.payments.Payments;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentMethod;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.PAYMENTS;

/** Payments and refunds in {@code payments}. */
final class JooqPayments implements Payments {
    private final JooqTransactions transactions;

    JooqPayments(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(Payment p) {
        transactions.dsl().insertInto(PAYMENTS)
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
    }

    @Override
    public List<Payment> ofOrder(UUID orderId) {
        return transactions.dsl().selectFrom(PAYMENTS)
                .where(PAYMENTS.ORDER_ID.eq(orderId))
                .orderBy(PAYMENTS.PAID_AT, PAYMENTS.CREATED_AT, PAYMENTS.ID)
                .fetch(JooqPayments::toPayment);
    }

    private static Payment toPayment(PaymentsRecord r) {
        return new Payment(r.getId(), r.getOrderId(), new TeamId(r.getTeamId()), PaymentKind.parse("kind", r.getKind()),
                r.getAmountMinor(), PaymentMethod.parse("paymentMethod", r.getPaymentMethod()), r.getPaymentReference(),
                r.getPaidAt(), r.getCreatedAt());
    }
}
