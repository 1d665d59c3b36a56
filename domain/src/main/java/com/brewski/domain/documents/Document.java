package com.brewski.domain.documents;

import com.brewski.domain.identity.TeamId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A generated PDF of an order (an invoice or a delivery note) stored in object storage under
 * {@link #keyFor}: the row that tracks it. A newer generation of the same type replaces it; any
 * change to the order deletes it. Documents are private: the object is never served by a public
 * URL, and {@link #fileUrl} is the authenticated route {@link #fileRouteFor} that streams it to the
 * members of the order's team.
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

    /** A document just generated for an order and stored at its key; its file is read through {@link #fileRouteFor}. */
    public static Document generated(UUID id, TeamId teamId, DocumentType type, UUID orderId,
                                     DocumentMetadata metadata, Instant now) {
        return new Document(id, teamId, type, orderId, keyFor(teamId, orderId, type), fileRouteFor(orderId, id), metadata,
                now, now);
    }

    /** {@code /orders/<orderId>/documents/<documentId>/file}: the authenticated route of a document's PDF. */
    public static String fileRouteFor(UUID orderId, UUID documentId) {
        return "/orders/" + orderId + "/documents/" + documentId + "/file";
    }

    /** The name the PDF is downloaded as ({@code invoice.pdf}, {@code delivery-note.pdf}). */
    public String fileName() {
        return relatedType.fileName();
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
