package com.brewski.domain.shop;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A navigation toggle as stored: new toggles start enabled. */
public record NavigationItem(UUID id, NavigationKey key, boolean enabled, Instant createdAt, Instant updatedAt) {
    public NavigationItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static NavigationItem seeded(UUID id, NavigationKey key, Instant now) {
        return new NavigationItem(id, key, true, now, now);
    }

    public NavigationItem toggled(boolean enabled, Instant now) {
        return new NavigationItem(id, key, enabled, createdAt, now);
    }
}
