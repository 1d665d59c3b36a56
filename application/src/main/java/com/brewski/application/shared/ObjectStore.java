package com.brewski.application.shared;

import java.util.List;
import java.util.Optional;

/**
 * Object storage (S3-compatible bucket, or files under the data directory). Failures are reported
 * as {@link com.brewski.domain.shared.Unavailable}.
 */
public interface ObjectStore {
    /**
     * The key prefixes of the objects meant for the public, and the only ones served by a public URL:
     * team logos, and the shop's upsell, promotion and hero images. Everything else (invoices and
     * delivery notes under {@code documents/}, anything unknown) is private.
     */
    List<String> PUBLIC_PREFIXES = List.of("logos/", "upsells/", "promotions/", "platform/hero-");

    /** Whether the object under the key is meant for the public: decided by its prefix, here only. */
    static boolean isPublic(String key) {
        return key != null && PUBLIC_PREFIXES.stream().anyMatch(key::startsWith);
    }

    /** Stores the bytes under the key, replacing what was there, and answers the public URL. */
    String put(String key, byte[] content, String contentType);

    /** Removes the object; removing a missing key is not an error. */
    void delete(String key);

    Optional<StoredObject> get(String key);

    /** The stable public URL of a key. */
    String publicUrl(String key);

    /** False for the "not configured" store ({@code STORAGE=none}). */
    default boolean configured() {
        return true;
    }

    record StoredObject(byte[] content, String contentType) {}
}
