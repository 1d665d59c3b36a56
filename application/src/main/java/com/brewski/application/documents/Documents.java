package com.brewski.application.documents;

import com.brewski.domain.documents.Document;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The rows that track the generated documents of orders: at most one per order and type. */
public interface Documents {
    /**
     * Locks the order's row for the rest of the transaction — so that generating and discarding the
     * documents of one order queue behind each other and behind changes to the order — and answers
     * the order's current documents (none when there is no such order).
     */
    List<Document> lockedForOrder(UUID orderId);

    /** The order's current documents, invoice first. */
    List<Document> ofOrder(UUID orderId);

    /** Stores the document, replacing the order's previous document of the same type. */
    void save(Document document);

    /** Deletes these rows (missing ones are skipped). */
    void delete(Collection<UUID> documentIds);
}
