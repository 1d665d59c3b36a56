package com.brewski.adapters.persistence;

import com.brewski.application.fulfillment.FulfilmentAttempts;
import com.brewski.domain.fulfillment.AttemptId;
import com.brewski.domain.fulfillment.AttemptStatus;
import com.brewski.domain.fulfillment.AttemptType;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerTransactionId;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.identity.UserId;
import org.jooq.Record;

import java.util.List;

import static com.brewski.adapters.persistence.jooq.Tables.FULFILLMENT_ATTEMPTS;
import static com.brewski.adapters.persistence.jooq.Tables.PARTNER_API_TRANSACTIONS;
import static com.brewski.adapters.persistence.jooq.Tables.USERS;

/** The attempts audit trail in {@code fulfillment_attempts}; an order's trail is one query. */
final class JooqFulfilmentAttempts implements FulfilmentAttempts {
    private final JooqTransactions transactions;

    JooqFulfilmentAttempts(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public FulfilmentAttempt insert(FulfilmentAttempt a) {
        long id = transactions.dsl().insertInto(FULFILLMENT_ATTEMPTS)
                .set(FULFILLMENT_ATTEMPTS.ORDER_ID, a.orderId().value())
                .set(FULFILLMENT_ATTEMPTS.ORDER_ITEM_ID, a.orderItemId() == null ? null : a.orderItemId().value())
                .set(FULFILLMENT_ATTEMPTS.TYPE, a.type().wire())
                .set(FULFILLMENT_ATTEMPTS.STATUS, a.status().wire())
                .set(FULFILLMENT_ATTEMPTS.CORRELATION_ID, a.correlationId())
                .set(FULFILLMENT_ATTEMPTS.ERROR_MESSAGE, a.errorMessage())
                .set(FULFILLMENT_ATTEMPTS.PARTNER_RESPONSE, JsonText.write(a.partnerResponse()))
                .set(FULFILLMENT_ATTEMPTS.CODE_PROVIDED, a.codeProvided())
                .set(FULFILLMENT_ATTEMPTS.ADMIN_USER_ID, a.adminUserId() == null ? null : a.adminUserId().value())
                .set(FULFILLMENT_ATTEMPTS.NOTES, a.notes())
                .set(FULFILLMENT_ATTEMPTS.PARTNER_API_TRANSACTION_ID, a.partnerTransactionId() == null ? null : a.partnerTransactionId().value())
                .set(FULFILLMENT_ATTEMPTS.CREATED_AT, a.createdAt())
                .returning(FULFILLMENT_ATTEMPTS.ID).fetchOne().getId();
        return new FulfilmentAttempt(new AttemptId(id), a.orderId(), a.orderItemId(), a.type(), a.status(), a.correlationId(),
                a.errorMessage(), a.partnerResponse(), a.codeProvided(), a.adminUserId(), a.notes(), a.partnerTransactionId(), a.createdAt());
    }

    @Override
    public boolean hasDispatched(OrderItemId itemId) {
        return count(itemId, AttemptStatus.DISPATCHED) > 0;
    }

    @Override
    public int count(OrderItemId itemId, AttemptStatus status) {
        return transactions.dsl().fetchCount(FULFILLMENT_ATTEMPTS, FULFILLMENT_ATTEMPTS.ORDER_ITEM_ID.eq(itemId.value())
                .and(FULFILLMENT_ATTEMPTS.STATUS.eq(status.wire())));
    }

    @Override
    public List<AttemptView> ofOrder(VoucherOrderId orderId) {
        return transactions.dsl().select(FULFILLMENT_ATTEMPTS.fields())
                .select(USERS.ID, USERS.NAME, USERS.EMAIL)
                .select(PARTNER_API_TRANSACTIONS.fields())
                .from(FULFILLMENT_ATTEMPTS)
                .leftJoin(USERS).on(USERS.ID.eq(FULFILLMENT_ATTEMPTS.ADMIN_USER_ID))
                .leftJoin(PARTNER_API_TRANSACTIONS).on(PARTNER_API_TRANSACTIONS.ID.eq(FULFILLMENT_ATTEMPTS.PARTNER_API_TRANSACTION_ID))
                .where(FULFILLMENT_ATTEMPTS.ORDER_ID.eq(orderId.value()))
                .orderBy(FULFILLMENT_ATTEMPTS.CREATED_AT, FULFILLMENT_ATTEMPTS.ID)
                .fetch(JooqFulfilmentAttempts::toView);
    }

    private static AttemptView toView(Record r) {
        Long itemId = r.get(FULFILLMENT_ATTEMPTS.ORDER_ITEM_ID);
        Long txId = r.get(FULFILLMENT_ATTEMPTS.PARTNER_API_TRANSACTION_ID);
        java.util.UUID adminId = r.get(FULFILLMENT_ATTEMPTS.ADMIN_USER_ID);
        FulfilmentAttempt attempt = new FulfilmentAttempt(new AttemptId(r.get(FULFILLMENT_ATTEMPTS.ID)),
                new VoucherOrderId(r.get(FULFILLMENT_ATTEMPTS.ORDER_ID)), itemId == null ? null : new OrderItemId(itemId),
                AttemptType.parse("type", r.get(FULFILLMENT_ATTEMPTS.TYPE)), AttemptStatus.parse("status", r.get(FULFILLMENT_ATTEMPTS.STATUS)),
                r.get(FULFILLMENT_ATTEMPTS.CORRELATION_ID), r.get(FULFILLMENT_ATTEMPTS.ERROR_MESSAGE),
                JsonText.read(r.get(FULFILLMENT_ATTEMPTS.PARTNER_RESPONSE)), r.get(FULFILLMENT_ATTEMPTS.CODE_PROVIDED),
                adminId == null ? null : new UserId(adminId), r.get(FULFILLMENT_ATTEMPTS.NOTES),
                txId == null ? null : new PartnerTransactionId(txId), r.get(FULFILLMENT_ATTEMPTS.CREATED_AT));
        AdminUser admin = adminId == null || r.get(USERS.ID) == null ? null
                : new AdminUser(adminId.toString(), r.get(USERS.NAME), r.get(USERS.EMAIL));
        var partnerTransaction = txId == null || r.get(PARTNER_API_TRANSACTIONS.ID) == null ? null
                : JooqPartnerTransactions.toTransaction(r.into(PARTNER_API_TRANSACTIONS));
        return new AttemptView(attempt, admin, partnerTransaction);
    }
}
