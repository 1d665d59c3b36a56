package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;

/** A payment the provider reported for an order, keyed by its event id and its payment id (both unique). */
public record VoucherPayment(VoucherOrderId orderId, String eventId, String paymentId, long amountMinor,
                             PaymentStatus status, Instant createdAt) {
    public VoucherPayment {
        eventId = Text.required("id", eventId, 200);
        paymentId = Text.required("data.paymentId", paymentId, 200);
        if (amountMinor < 0) throw new InvalidField("data.amountMinor", "data.amountMinor must not be negative");
    }
}
