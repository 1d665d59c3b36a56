package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.VoucherCode;

import java.util.UUID;

/**
 * A voucher partner reached over HTTP (Zendit-shaped): one purchase per voucher unit, under a
 * transaction id of ours, and a status read of a purchase. Every answer is untrusted input: the
 * adapter turns what it cannot use into {@link Reply.Failed} or {@link Reply.Unknown}, never an exception.
 */
public interface VoucherPartner {
    /** Whether the partner is configured at all (without it, the kind answers "partner not configured"). */
    boolean configured();

    /**
     * Buys one voucher unit. {@code correlationId} is the attempt's, for the adapter's log lines
     * ({@code fa:<correlationId>}).
     */
    Reply purchase(UUID correlationId, UUID transactionId, String offerId, String recipientEmail);

    /** What became of the purchase under {@code transactionId}. */
    Reply status(UUID correlationId, UUID transactionId);

    /** What the partner said. {@code raw} is the partner's own status word, kept for the audit trail. */
    sealed interface Reply {
        /** The purchase is done; {@code voucher} is null when only the purchase call answered (read the status for the code). */
        record Done(VoucherCode voucher) implements Reply {}

        /** Accepted or in progress: ask again later. */
        record Pending(String raw) implements Reply {}

        /** The partner refused or failed the purchase, or answered something unusable. */
        record Failed(String raw, String reason) implements Reply {}

        /** The partner has no purchase under that transaction id. */
        record NotFound() implements Reply {}

        /** The purchase already exists under that transaction id (409 on purchase). */
        record AlreadyExists() implements Reply {}

        /** Timeout, connection failure or a 5xx: the outcome is unknown. */
        record Unknown(String reason) implements Reply {}
    }
}
