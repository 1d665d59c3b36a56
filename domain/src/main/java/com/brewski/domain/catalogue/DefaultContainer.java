package com.brewski.domain.catalogue;

import com.brewski.domain.shared.MoneyBounds;

import java.util.Objects;
import java.util.UUID;

/** One of a team's default containers as its settings show it: offered or not, and at which default price. */
public record DefaultContainer(UUID id, Long priceMinor, boolean selected) {
    public DefaultContainer {
        Objects.requireNonNull(id);
        if (priceMinor != null) MoneyBounds.price("defaultContainers.priceMinor", priceMinor); // a price per unit
    }
}
