package com.brewski.domain.catalogue;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.MoneyBounds;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A pack of {@code packSize} units of one beer in one container, with a default price. */
public record Multipack(UUID id, TeamId teamId, String name, int packSize, UUID beerId, UUID containerId,
                        long defaultPriceMinor, Instant createdAt, Instant updatedAt) {
    public Multipack {
        Objects.requireNonNull(id);
        Objects.requireNonNull(teamId);
        name = Text.required("name", name, 200);
        if (packSize < 1 || packSize > 1000) throw new InvalidField("packSize", "packSize must be between 1 and 1000");
        if (beerId == null) throw new InvalidField("beerId", "beerId is required");
        if (containerId == null) throw new InvalidField("containerId", "containerId is required");
        MoneyBounds.price("defaultPriceMinor", defaultPriceMinor); // a line takes it as its unit price
    }
}
