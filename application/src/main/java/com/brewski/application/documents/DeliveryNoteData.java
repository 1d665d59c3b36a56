package com.brewski.application.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything a delivery note prints: no amount of money anywhere. */
public record DeliveryNoteData(
        Letterhead seller,
        String orderNumber,
        LocalDate issueDate,
        Party billTo,
        Party deliverTo,
        String awrsNumber,
        boolean dutySuspense,
        String dispatchStatus,
        Instant deliveryWindowStart,
        Instant deliveryWindowEnd,
        String locale,
        List<Line> lines,
        String notes,
        String link) {

    public DeliveryNoteData {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(deliverTo, "deliverTo");
        Objects.requireNonNull(dispatchStatus, "dispatchStatus");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(link, "link");
        lines = List.copyOf(lines);
    }

    public record Line(String description, String unit, BigDecimal quantity) {}
}
