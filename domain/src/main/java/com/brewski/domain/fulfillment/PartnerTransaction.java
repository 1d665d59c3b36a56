package com.brewski.domain.fulfillment;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One purchase of one voucher unit from an HTTP partner, recorded (and committed) before the call:
 * {@code transactionId} is ours and is sent to the partner, so that after a timeout we can ask what
 * became of it before buying again.
 */
public record PartnerTransaction(PartnerTransactionId id, OrderItemId orderItemId, PartnerSourceId sourceId,
                                 PartnerId partnerId, UUID transactionId, String offerId,
                                 PartnerTransactionStatus status, String partnerStatus, String errorMessage,
                                 boolean voucherDelivered, Instant createdAt, Instant updatedAt) {
    public PartnerTransaction {
        Objects.requireNonNull(orderItemId, "orderItemId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the outcome is not known yet: ask the partner before any new purchase. */
    public boolean unresolved() {
        return status == PartnerTransactionStatus.PENDING || status == PartnerTransactionStatus.UNKNOWN;
    }

    public PartnerTransaction with(PartnerTransactionStatus newStatus, String newPartnerStatus, String newError, Instant at) {
        return new PartnerTransaction(id, orderItemId, sourceId, partnerId, transactionId, offerId, newStatus,
                newPartnerStatus, newError, voucherDelivered, createdAt, at);
    }

    public PartnerTransaction delivered(Instant at) {
        return new PartnerTransaction(id, orderItemId, sourceId, partnerId, transactionId, offerId,
                PartnerTransactionStatus.DONE, "DONE", null, true, createdAt, at);
    }
}
