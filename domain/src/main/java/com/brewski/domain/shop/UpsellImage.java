package com.brewski.domain.shop;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One uploaded image of an upsell, stored as a 500 × 500 main image and a 100 × 100 icon (WebP). */
public record UpsellImage(UUID id, UUID upsellId, boolean isDefault, Instant createdAt) {
    public static final int MAIN_SIDE = 500;
    public static final int ICON_SIDE = 100;
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;

    public UpsellImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(upsellId, "upsellId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@code upsells/<upsellId>/<imageId>-main.webp}. */
    public String mainKey() {
        return "upsells/" + upsellId + "/" + id + "-main.webp";
    }

    /** {@code upsells/<upsellId>/<imageId>-icon.webp}. */
    public String iconKey() {
        return "upsells/" + upsellId + "/" + id + "-icon.webp";
    }

    UpsellImage asDefault(boolean value) {
        return new UpsellImage(id, upsellId, value, createdAt);
    }
}
