package com.brewski.application.shared;

/**
 * Tells the outside that something the business counts has happened (metrics): called by the use
 * cases after their transaction committed, so a rolled-back change is never counted.
 */
public interface BusinessEvents {
    /** Counts nothing: for embedding the library or testing without metrics. */
    BusinessEvents NONE = event -> { };

    /** What is counted. */
    enum Event {
        ORDER_CREATED,
        PAYMENT_RECORDED,
        INVOICE_RENDERED,
        DELIVERY_NOTE_RENDERED
    }

    void happened(Event event);
}
