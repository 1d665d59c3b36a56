package com.brewski.domain.documents;

import com.brewski.domain.shared.InvalidField;

/** The paperwork generated for an order; each order has at most one current document of each type. */
public enum DocumentType {
    INVOICE("invoice", "invoice.pdf"),
    DELIVERY_NOTE("delivery_note", "delivery-note.pdf");

    private final String wire;
    private final String fileName;

    DocumentType(String wire, String fileName) {
        this.wire = wire;
        this.fileName = fileName;
    }

    /** The {@code relatedType} on the wire and in the database. */
    public String wire() {
        return wire;
    }

    /** The object's file name under the order's prefix. */
    public String fileName() {
        return fileName;
    }

    public static DocumentType parse(String field, String raw) {
        if (raw != null) {
            for (DocumentType value : values()) if (value.wire.equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of invoice, delivery_note");
    }
}
