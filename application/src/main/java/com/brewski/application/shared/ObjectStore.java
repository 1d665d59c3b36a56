package com.brewski.application.shared;

import java.util.Optional;

/**
 * Object storage (S3-compatible bucket, or files under the data directory). Failures are reported
 * as {@link com.brewski.domain.shared.Unavailable}.
 */
public interface ObjectStore {
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

    /**
     * Whether the store answers now (readiness): a read of a key that does not exist must come back
     * empty rather than fail. Stores with a cheaper probe may override it.
     */
    default boolean reachable() {
        try {
            get(READINESS_PROBE_KEY);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The key read by {@link #reachable()}; nothing is ever stored under it. */
    String READINESS_PROBE_KEY = "health/readiness-probe";

    record StoredObject(byte[] content, String contentType) {}
}
