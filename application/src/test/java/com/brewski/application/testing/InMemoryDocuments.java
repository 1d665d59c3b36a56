package com.brewski.application.testing;

import com.brewski.application.documents.Documents;
import com.brewski.domain.documents.Document;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Document rows in memory, one per order and type; rolled back with a failed transaction when enlisted. */
public final class InMemoryDocuments implements Documents, InMemoryStore {
    private final Map<String, Document> rows = new LinkedHashMap<>();

    @Override
    public synchronized List<Document> lockedForOrder(UUID orderId) {
        return ofOrder(orderId);
    }

    @Override
    public synchronized List<Document> ofOrder(UUID orderId) {
        return rows.values().stream().filter(d -> d.relatedId().equals(orderId))
                .sorted(Comparator.comparing(Document::relatedType)).toList();
    }

    @Override
    public synchronized void save(Document document) {
        rows.put(document.relatedType() + "/" + document.relatedId(), document);
    }

    @Override
    public synchronized void delete(Collection<UUID> documentIds) {
        rows.values().removeIf(d -> documentIds.contains(d.id()));
    }

    public synchronized List<Document> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, Document> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
