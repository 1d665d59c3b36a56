package com.brewski.adapters.storage;

import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.Unavailable;

import java.util.Optional;

/**
 * Object storage switched off ({@code STORAGE=none}, "Spaces not configured"): nothing can be
 * stored, so nothing is ever found and deleting is a no-op. Use cases check {@link #configured()}
 * and answer without storing (e.g. the invoice PDF is returned inline).
 */
public final class NoObjectStore implements ObjectStore {

    public NoObjectStore() {
    }

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public String put(String key, byte[] content, String contentType) {
        throw new Unavailable("object storage is not configured");
    }

    @Override
    public void delete(String key) {
    }

    @Override
    public Optional<StoredObject> get(String key) {
        return Optional.empty();
    }

    @Override
    public String publicUrl(String key) {
        throw new IllegalStateException("object storage is not configured: no public URL");
    }
}
