package com.brewski.application.testing;

import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.Unavailable;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Objects in a map; can be told to fail its writes or deletes, or to act as "not configured". */
public final class InMemoryObjectStore implements ObjectStore {
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    private final boolean configured;
    private volatile boolean failPuts;
    private volatile boolean failDeletes;
    private volatile String failDeletesOf;

    public InMemoryObjectStore() {
        this(true);
    }

    private InMemoryObjectStore(boolean configured) {
        this.configured = configured;
    }

    public static InMemoryObjectStore notConfigured() {
        return new InMemoryObjectStore(false);
    }

    public void failPuts(boolean fail) {
        this.failPuts = fail;
    }

    public void failDeletes(boolean fail) {
        this.failDeletes = fail;
    }

    /** Deletes of keys ending with this fail; others work. */
    public void failDeletesOf(String keySuffix) {
        this.failDeletesOf = keySuffix;
    }

    @Override
    public String put(String key, byte[] content, String contentType) {
        if (!configured || failPuts) throw new Unavailable("object storage failed");
        objects.put(key, new StoredObject(content.clone(), contentType));
        return publicUrl(key);
    }

    @Override
    public void delete(String key) {
        if (failDeletes || (failDeletesOf != null && key.endsWith(failDeletesOf)))
            throw new Unavailable("object storage failed");
        objects.remove(key);
    }

    @Override
    public Optional<StoredObject> get(String key) {
        return Optional.ofNullable(objects.get(key));
    }

    @Override
    public String publicUrl(String key) {
        return "https://cdn.example.com/" + key;
    }

    @Override
    public boolean configured() {
        return configured;
    }

    public boolean contains(String key) {
        return objects.containsKey(key);
    }

    public Map<String, StoredObject> all() {
        return Map.copyOf(objects);
    }
}
