package com.brewski.domain.fulfillment;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One purchase of one voucher unit from an HTTP partner, recorded (and committed) before the call:
 * {@code transactionId} is ours and is sent to the partner, so that after a timeout we can ask what
 * became of it before buying again. A DONE purchase keeps its voucher until an item takes it
 * ({@code consumed}), so a voucher bought once is never bought twice.
 */
public record PartnerTransaction(PartnerTransactionId id, OrderItemId orderItemId, PartnerSourceId sourceId,
                                 PartnerId partnerId, UUID transactionId, String offerId,
                                 PartnerTransactionStatus status, String partnerStatus, String errorMessage,
                                 VoucherCode voucher, boolean consumed, Instant createdAt, Instant updatedAt) {
    public PartnerTransaction {
        Objects.requireNonNull(orderItemId, "orderItemId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(status, "status");
    }

    /** A purchase about to be sent. */
    public static PartnerTransaction start(OrderItemId itemId, PartnerSource source, UUID transactionId, Instant now) {
        return new PartnerTransaction(null, itemId, source.id(), source.partnerId(), transactionId, source.offerId(),
                PartnerTransactionStatus.PENDING, null, null, null, false, now, now);
    }

    /** Whether the outcome is not known yet: ask the partner before any new purchase. */
    public boolean unresolved() {
        return status == PartnerTransactionStatus.PENDING || status == PartnerTransactionStatus.UNKNOWN;
    }

    /** A DONE purchase whose voucher no item has taken yet. */
    public boolean spare() {
        return status == PartnerTransactionStatus.DONE && voucher != null && !consumed;
    }

    public PartnerTransaction with(PartnerTransactionStatus newStatus, String newPartnerStatus, String newError, Instant at) {
        return new PartnerTransaction(id, orderItemId, sourceId, partnerId, transactionId, offerId, newStatus,
                newPartnerStatus, newError, voucher, consumed, createdAt, at);
    }

    public PartnerTransaction done(VoucherCode code, Instant at) {
        return new PartnerTransaction(id, orderItemId, sourceId, partnerId, transactionId, offerId,
                PartnerTransactionStatus.DONE, "DONE", null, code, consumed, createdAt, at);
    }

    public PartnerTransaction consumed(Instant at) {
        return new PartnerTransaction(id, orderItemId, sourceId, partnerId, transactionId, offerId, status,
                partnerStatus, errorMessage, voucher, true, createdAt, at);
    }

    public PartnerTransaction withId(PartnerTransactionId newId) {
        return new PartnerTransaction(newId, orderItemId, sourceId, partnerId, transactionId, offerId, status,
                partnerStatus, errorMessage, voucher, consumed, createdAt, updatedAt);
    }
}
