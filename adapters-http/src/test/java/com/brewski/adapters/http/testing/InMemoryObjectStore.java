package com.brewski.adapters.http.testing;

import com.brewski.application.shared.ObjectStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Objects in a map, with public URLs under a fixed base. */
public final class InMemoryObjectStore implements ObjectStore {
    public static final String BASE_URL = "https://files.example.test/";
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();

    @Override
    public String put(String key, byte[] content, String contentType) {
        objects.put(key, new StoredObject(content.clone(), contentType));
        return publicUrl(key);
    }

    @Override
    public void delete(String key) {
        objects.remove(key);
    }

    @Override
    public Optional<StoredObject> get(String key) {
        return Optional.ofNullable(objects.get(key));
    }

    @Override
    public String publicUrl(String key) {
        return BASE_URL + key;
    }
}
