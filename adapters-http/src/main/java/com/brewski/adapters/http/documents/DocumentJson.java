package com.brewski.adapters.http.documents;

import com.brewski.application.documents.ManageDocuments;
import com.brewski.domain.documents.Document;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** The document payloads of the contract. */
final class DocumentJson {
    private DocumentJson() {}

    record MetadataJson(String invoiceNumber, Instant generatedAt, long outstandingMinor) {}

    record DocumentBody(UUID id, String relatedType, UUID relatedId, String paperSize, String fileUrl, String format,
                        MetadataJson metadata, Instant createdAt, Instant updatedAt) {
        static DocumentBody of(Document d) {
            return new DocumentBody(d.id(), d.relatedType().wire(), d.relatedId(), d.paperSize(), d.fileUrl(), d.format(),
                    new MetadataJson(d.metadata().invoiceNumber(), d.metadata().generatedAt(), d.metadata().outstandingMinor()),
                    d.createdAt(), d.updatedAt());
        }
    }

    /** {@code {document}} when stored. */
    record StoredJson(DocumentBody document) {}

    /** {@code {document: null, pdf, mimeType}} when storage is not configured. */
    record InlineJson(DocumentBody document, String pdf, String mimeType) {}

    record ListJson(UUID orderId, List<DocumentBody> documents) {}

    static Object of(ManageDocuments.Generated generated) {
        return switch (generated) {
            case ManageDocuments.Stored stored -> new StoredJson(DocumentBody.of(stored.document()));
            case ManageDocuments.Inline inline ->
                    new InlineJson(null, Base64.getEncoder().encodeToString(inline.pdf()), inline.mimeType());
        };
    }
}
