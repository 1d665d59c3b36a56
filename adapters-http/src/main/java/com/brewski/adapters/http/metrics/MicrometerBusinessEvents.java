package com.brewski.adapters.http.metrics;

import com.brewski.application.shared.BusinessEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;

/**
 * The business counters as Micrometer counters: {@code brewski_orders_total} (orders created; Prometheus reserves a {@code _created} suffix),
 * {@code brewski_payments_recorded_total} and {@code brewski_documents_rendered_total{kind}}
 * (kind {@code invoice} or {@code delivery_note}). Each starts at 0, so the series exist from the start.
 */
public final class MicrometerBusinessEvents implements BusinessEvents {
    private final Map<Event, Counter> counters = new EnumMap<>(Event.class);

    public MicrometerBusinessEvents(MeterRegistry registry) {
        counters.put(Event.ORDER_CREATED, Counter.builder("brewski.orders")
                .description("Orders created").register(registry));
        counters.put(Event.PAYMENT_RECORDED, Counter.builder("brewski.payments.recorded")
                .description("Payments and refunds recorded").register(registry));
        counters.put(Event.INVOICE_RENDERED, Counter.builder("brewski.documents.rendered")
                .description("Invoices and delivery notes rendered").tag("kind", "invoice").register(registry));
        counters.put(Event.DELIVERY_NOTE_RENDERED, Counter.builder("brewski.documents.rendered")
                .description("Invoices and delivery notes rendered").tag("kind", "delivery_note").register(registry));
    }

    @Override
    public void happened(Event event) {
        counters.get(event).increment();
    }
}
