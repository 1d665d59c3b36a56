package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.VoucherCode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A voucher partner whose purchase answers are scripted; it remembers every purchase it took and
 * answers status reads from what it decided (DONE with a code unless told otherwise).
 */
final class ScriptedPartner implements VoucherPartner {
    final List<UUID> purchases = new ArrayList<>();
    private final Deque<Reply> purchaseReplies = new ArrayDeque<>();
    private final Map<UUID, Reply> statuses = new HashMap<>();
    private int codes;
    /** When set, every status read answers IN_PROGRESS. */
    boolean pendingForever;
    int statusReads;

    ScriptedPartner answer(Reply reply) {
        purchaseReplies.add(reply);
        return this;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Reply purchase(UUID correlationId, UUID transactionId, String offerId, String recipientEmail) {
        purchases.add(transactionId);
        statuses.put(transactionId, new Reply.Done(new VoucherCode("P-" + (++codes), "1", null, null)));
        return purchaseReplies.isEmpty() ? new Reply.Pending("ACCEPTED") : purchaseReplies.poll();
    }

    @Override
    public Reply status(UUID correlationId, UUID transactionId) {
        statusReads++;
        if (pendingForever) return new Reply.Pending("IN_PROGRESS");
        return statuses.getOrDefault(transactionId, new Reply.NotFound());
    }
}
