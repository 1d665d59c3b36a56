package com.brewski.domain.documents;

import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;

/**
 * What a document was generated from: the invoice number (the order's number), when, and the
 * amount still outstanding at that moment.
 */
public record DocumentMetadata(String invoiceNumber, Instant generatedAt, long outstandingMinor) {
    public DocumentMetadata {
        invoiceNumber = Text.required("invoiceNumber", invoiceNumber, 64);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
