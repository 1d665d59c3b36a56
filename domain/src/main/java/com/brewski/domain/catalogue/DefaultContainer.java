package com.brewski.domain.catalogue;

import com.brewski.domain.shared.InvalidField;

import java.util.Objects;
import java.util.UUID;

/** One of a team's default containers as its settings show it: offered or not, and at which default price. */
public record DefaultContainer(UUID id, Long priceMinor, boolean selected) {
    public DefaultContainer {
        Objects.requireNonNull(id);
        if (priceMinor != null && priceMinor < 0)
            throw new InvalidField("defaultContainers.priceMinor", "defaultContainers.priceMinor must be 0 or more");
    }
}
