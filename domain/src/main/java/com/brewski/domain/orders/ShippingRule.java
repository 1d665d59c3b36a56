package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A team's shipping charge: {@code amountMinor} for orders whose items come to at least
 * {@code minSubtotalMinor}, free from {@code freeAboveMinor} (when set).
 */
public record ShippingRule(UUID id, UUID teamId, String name, long amountMinor, long minSubtotalMinor,
                           Long freeAboveMinor, Instant createdAt, Instant updatedAt) {
    public ShippingRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        name = Text.required("name", name, 200);
        if (amountMinor < 0) throw new InvalidField("amountMinor", "amountMinor must be 0 or more");
        if (minSubtotalMinor < 0) throw new InvalidField("minSubtotalMinor", "minSubtotalMinor must be 0 or more");
        if (freeAboveMinor != null && freeAboveMinor < 0)
            throw new InvalidField("freeAboveMinor", "freeAboveMinor must be 0 or more");
    }

    public boolean fits(long itemsNetMinor) {
        return itemsNetMinor >= minSubtotalMinor;
    }

    public long chargeFor(long itemsNetMinor) {
        return freeAboveMinor != null && itemsNetMinor >= freeAboveMinor ? 0 : amountMinor;
    }
}
