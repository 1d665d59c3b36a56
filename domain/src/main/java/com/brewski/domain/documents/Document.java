package com.brewski.domain.documents;

import com.brewski.domain.identity.TeamId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A generated PDF of an order (an invoice or a delivery note) stored in object storage under
 * {@link #keyFor}: the row that tracks it. A newer generation of the same type replaces it; any
 * change to the order deletes it.
 */
public record Document(UUID id, TeamId teamId, DocumentType relatedType, UUID relatedId, String objectKey,
                       String fileUrl, DocumentMetadata metadata, Instant createdAt, Instant updatedAt) {
    public static final String PAPER_SIZE = "A4";
    public static final String FORMAT = "pdf";
    public static final String CONTENT_TYPE = "application/pdf";

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(relatedType, "relatedType");
        Objects.requireNonNull(relatedId, "relatedId");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!keyFor(teamId, relatedId, relatedType).equals(objectKey))
            throw new IllegalArgumentException("a document's object key is " + keyFor(teamId, relatedId, relatedType));
        if (fileUrl == null || fileUrl.isBlank()) throw new IllegalArgumentException("a document needs its file URL");
    }

    /** A document just generated for an order and stored at its key. */
    public static Document generated(UUID id, TeamId teamId, DocumentType type, UUID orderId, String fileUrl,
                                     DocumentMetadata metadata, Instant now) {
        return new Document(id, teamId, type, orderId, keyFor(teamId, orderId, type), fileUrl, metadata, now, now);
    }

    /** {@code documents/orders/<teamId>/<orderId>/invoice.pdf} (or {@code delivery-note.pdf}). */
    public static String keyFor(TeamId teamId, UUID orderId, DocumentType type) {
        return "documents/orders/" + teamId.value() + "/" + orderId + "/" + type.fileName();
    }

    public String paperSize() {
        return PAPER_SIZE;
    }

    public String format() {
        return FORMAT;
    }
}
