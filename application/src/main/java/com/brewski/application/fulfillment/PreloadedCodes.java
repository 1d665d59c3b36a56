package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherCode;

import java.time.Instant;
import java.util.List;

/** Stock of codes an operator loaded for a {@code preloaded} partner; each is handed out once. */
public interface PreloadedCodes {
    /** Adds the codes; a code already loaded is a {@link com.brewski.domain.shared.Conflict} and adds nothing. */
    int add(PartnerId partnerId, VariantId variantId, List<VoucherCode> codes, Instant now);

    /**
     * Takes {@code count} unclaimed codes for the item (rows locked with SKIP LOCKED, so concurrent
     * claims never share a code), or none at all when fewer are in stock. Runs in the caller's transaction.
     */
    List<VoucherCode> claim(PartnerId partnerId, VariantId variantId, OrderItemId itemId, int count, Instant now);
}
