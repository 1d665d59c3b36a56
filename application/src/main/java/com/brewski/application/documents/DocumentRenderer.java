package com.brewski.application.documents;

/** Renders paperwork to PDF bytes (A4). Rendering does no I/O: everything it prints is in the data. */
public interface DocumentRenderer {
    byte[] invoice(InvoiceData invoice);

    byte[] deliveryNote(DeliveryNoteData note);
}
