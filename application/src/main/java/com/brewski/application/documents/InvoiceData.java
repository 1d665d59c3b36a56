package com.brewski.application.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an invoice prints, already worked out by the use case: amounts are minor units of the
 * order's currency ({@code currencySymbol}), {@code locale} is the team's (e.g. {@code en-GB}).
 */
public record InvoiceData(
        Letterhead seller,
        String invoiceNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        Party billTo,
        Party deliverTo,
        String awrsNumber,
        String clientAwrsNumber,
        boolean dutySuspense,
        String currencySymbol,
        String locale,
        List<Line> lines,
        long itemsNetMinor,
        Shipping shipping,
        long subtotalMinor,
        long taxTotalMinor,
        long totalMinor,
        List<Payment> payments,
        long netPaidMinor,
        long outstandingMinor,
        String paymentDetails,
        String paymentTerms,
        String notes,
        String link) {

    public InvoiceData {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(deliverTo, "deliverTo");
        Objects.requireNonNull(currencySymbol, "currencySymbol");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(link, "link");
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /**
     * One line: its quantity and unit, unit price, the discount in minor units (with the percentage
     * when it is one, else null), the tax rate in percent, and the line total (net + tax).
     */
    public record Line(String description, String unit, BigDecimal quantity, long unitPriceMinor,
                       BigDecimal discountPercent, long discountMinor, BigDecimal taxRatePercent, long lineTotalMinor) {}

    /** The shipping charge and what to call it (the rule's name, or null). */
    public record Shipping(long amountMinor, String label) {}

    /** A ledger entry: a payment (positive) or refund (negative) and the net paid after it. */
    public record Payment(Instant paidAt, String kind, String method, String reference, long signedAmountMinor,
                          long runningBalanceMinor) {}
}
