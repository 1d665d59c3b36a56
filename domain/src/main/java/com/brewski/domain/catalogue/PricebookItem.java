package com.brewski.domain.catalogue;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.MoneyBounds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A price in a pricebook, for a beer in a container or for a multipack, with an optional discount. */
public record PricebookItem(UUID id, UUID pricebookId, UUID beerId, UUID containerId, UUID multipackId, long priceMinor,
                            BigDecimal discountPercent, boolean enabled, Instant createdAt, Instant updatedAt) {
    public PricebookItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(pricebookId);
        if (multipackId != null && (beerId != null || containerId != null))
            throw new InvalidField("multipackId", "beerId and containerId must be omitted when multipackId is supplied");
        if (multipackId == null && (beerId == null || containerId == null))
            throw new InvalidField(beerId == null ? "beerId" : "containerId",
                    "beerId and containerId are required when multipackId is not supplied");
        MoneyBounds.price("priceMinor", priceMinor); // a line takes it as its unit price
        if (discountPercent != null && (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0))
            throw new InvalidField("discountPercent", "discountPercent must be between 0 and 100");
        if (discountPercent != null && discountPercent.stripTrailingZeros().scale() > 3)
            throw new InvalidField("discountPercent", "discountPercent must have at most 3 decimal places");
    }
}
