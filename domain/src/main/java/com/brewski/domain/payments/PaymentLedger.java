package com.brewski.domain.payments;

import com.brewski.domain.shared.MoneyBounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An order's payments and refunds in chronological order (paid at, then recorded at), each with
 * the net paid amount after it, and the totals. The payments of one order (and its refunds) add up to
 * at most {@link MoneyBounds#MAX_AMOUNT_MINOR}: a ledger that would pass it is refused naming
 * {@code amountMinor}.
 */
public record PaymentLedger(List<Entry> entries, long totalPaymentsMinor, long totalRefundsMinor, long orderTotalMinor) {

    public record Entry(Payment payment, long runningBalanceMinor) {}

    public static final Comparator<Payment> CHRONOLOGICAL = Comparator.comparing(Payment::paidAt)
            .thenComparing(Payment::createdAt).thenComparing(Payment::id);

    public static PaymentLedger of(List<Payment> payments, long orderTotalMinor) {
        List<Payment> sorted = payments.stream().sorted(CHRONOLOGICAL).toList();
        List<Entry> entries = new ArrayList<>();
        long running = 0;
        long paid = 0;
        long refunded = 0;
        for (Payment p : sorted) {
            // exact and capped: an order's payments (and its refunds) come to at most MoneyBounds.MAX_AMOUNT_MINOR,
            // so the payment that would take them over is refused naming amountMinor
            if (p.kind() == PaymentKind.PAYMENT) paid = MoneyBounds.sum("amountMinor", paid, p.amountMinor());
            else refunded = MoneyBounds.sum("amountMinor", refunded, p.amountMinor());
            running = paid - refunded;
            entries.add(new Entry(p, running));
        }
        return new PaymentLedger(List.copyOf(entries), paid, refunded, orderTotalMinor);
    }

    public long netPaidMinor() {
        return totalPaymentsMinor - totalRefundsMinor;
    }

    /** The net paid amount after the last entry (the same as {@link #netPaidMinor()}). */
    public long runningBalanceMinor() {
        return netPaidMinor();
    }

    public long remainingMinor() {
        return orderTotalMinor - netPaidMinor();
    }

    public Entry entryOf(java.util.UUID paymentId) {
        return entries.stream().filter(e -> e.payment().id().equals(paymentId)).findFirst().orElseThrow();
    }
}
