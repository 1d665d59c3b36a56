package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.MoneyBounds;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A team's shipping charge: {@code amountMinor} for orders whose items come to at least
 * {@code minSubtotalMinor}, free from {@code freeAboveMinor} (when set). Each amount is at most
 * {@link MoneyBounds#MAX_AMOUNT_MINOR}.
 */
public record ShippingRule(UUID id, UUID teamId, String name, long amountMinor, long minSubtotalMinor,
                           Long freeAboveMinor, Instant createdAt, Instant updatedAt) {
    public ShippingRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        name = Text.required("name", name, 200);
        MoneyBounds.amount("amountMinor", amountMinor);
        MoneyBounds.amount("minSubtotalMinor", minSubtotalMinor);
        MoneyBounds.amount("freeAboveMinor", freeAboveMinor);
    }

    public boolean fits(long itemsNetMinor) {
        return itemsNetMinor >= minSubtotalMinor;
    }

    public long chargeFor(long itemsNetMinor) {
        return freeAboveMinor != null && itemsNetMinor >= freeAboveMinor ? 0 : amountMinor;
    }
}
