package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.PartnerApiTransactionsRecord;
import com.brewski.application.fulfillment.PartnerTransactions;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.fulfillment.PartnerTransaction;
import com.brewski.domain.fulfillment.PartnerTransactionId;
import com.brewski.domain.fulfillment.PartnerTransactionStatus;
import com.brewski.domain.fulfillment.VoucherCode;

import java.util.List;

import static com.brewski.adapters.persistence.jooq.Tables.PARTNER_API_TRANSACTIONS;

/** Partner purchases in {@code partner_api_transactions}; outside a transaction each write commits at once. */
final class JooqPartnerTransactions implements PartnerTransactions {
    private final JooqTransactions transactions;

    JooqPartnerTransactions(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public PartnerTransaction insert(PartnerTransaction t) {
        long id = transactions.dsl().insertInto(PARTNER_API_TRANSACTIONS)
                .set(PARTNER_API_TRANSACTIONS.ORDER_ITEM_ID, t.orderItemId().value())
                .set(PARTNER_API_TRANSACTIONS.PARTNER_SOURCE_ID, t.sourceId().value())
                .set(PARTNER_API_TRANSACTIONS.PARTNER_ID, t.partnerId().value())
                .set(PARTNER_API_TRANSACTIONS.TRANSACTION_ID, t.transactionId())
                .set(PARTNER_API_TRANSACTIONS.OFFER_ID, t.offerId())
                .set(PARTNER_API_TRANSACTIONS.STATUS, t.status().wire())
                .set(PARTNER_API_TRANSACTIONS.PARTNER_STATUS, t.partnerStatus())
                .set(PARTNER_API_TRANSACTIONS.ERROR_MESSAGE, t.errorMessage())
                .set(PARTNER_API_TRANSACTIONS.CONSUMED, t.consumed())
                .set(PARTNER_API_TRANSACTIONS.CREATED_AT, t.createdAt())
                .set(PARTNER_API_TRANSACTIONS.UPDATED_AT, t.updatedAt())
                .returning(PARTNER_API_TRANSACTIONS.ID).fetchOne().getId();
        return t.withId(new PartnerTransactionId(id));
    }

    @Override
    public void update(PartnerTransaction t) {
        VoucherCode v = t.voucher();
        transactions.dsl().update(PARTNER_API_TRANSACTIONS)
                .set(PARTNER_API_TRANSACTIONS.STATUS, t.status().wire())
                .set(PARTNER_API_TRANSACTIONS.PARTNER_STATUS, t.partnerStatus())
                .set(PARTNER_API_TRANSACTIONS.ERROR_MESSAGE, t.errorMessage())
                .set(PARTNER_API_TRANSACTIONS.VOUCHER_CODE, v == null ? null : v.code())
                .set(PARTNER_API_TRANSACTIONS.VOUCHER_PIN, v == null ? null : v.pin())
                .set(PARTNER_API_TRANSACTIONS.VOUCHER_REDEMPTION_URL, v == null ? null : v.redemptionUrl())
                .set(PARTNER_API_TRANSACTIONS.VOUCHER_EXPIRES_AT, v == null ? null : v.expiresAt())
                .set(PARTNER_API_TRANSACTIONS.CONSUMED, t.consumed())
                .set(PARTNER_API_TRANSACTIONS.UPDATED_AT, t.updatedAt())
                .where(PARTNER_API_TRANSACTIONS.ID.eq(t.id().value())).execute();
    }

    @Override
    public List<PartnerTransaction> of(OrderItemId itemId, PartnerSourceId sourceId) {
        return transactions.dsl().selectFrom(PARTNER_API_TRANSACTIONS)
                .where(PARTNER_API_TRANSACTIONS.ORDER_ITEM_ID.eq(itemId.value())
                        .and(PARTNER_API_TRANSACTIONS.PARTNER_SOURCE_ID.eq(sourceId.value())))
                .orderBy(PARTNER_API_TRANSACTIONS.ID).fetch(JooqPartnerTransactions::toTransaction);
    }

    static PartnerTransaction toTransaction(PartnerApiTransactionsRecord r) {
        VoucherCode voucher = r.getVoucherCode() == null ? null
                : new VoucherCode(r.getVoucherCode(), r.getVoucherPin(), r.getVoucherRedemptionUrl(), r.getVoucherExpiresAt());
        return new PartnerTransaction(new PartnerTransactionId(r.getId()), new OrderItemId(r.getOrderItemId()),
                new PartnerSourceId(r.getPartnerSourceId()), new PartnerId(r.getPartnerId()), r.getTransactionId(), r.getOfferId(),
                PartnerTransactionStatus.parse("status", r.getStatus()), r.getPartnerStatus(), r.getErrorMessage(), voucher,
                r.getConsumed(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
