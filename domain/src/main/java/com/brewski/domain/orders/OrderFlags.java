package com.brewski.domain.orders;

import java.time.LocalDate;

/**
 * The payment standing of an order. remaining = total − (payments − refunds);
 * due = confirmed, due date before today, something remaining; paid = nothing remaining (whatever
 * the status); partial = something paid and something remaining; refunded = refunds exceed payments.
 */
public record OrderFlags(boolean due, boolean paid, boolean partial, boolean refunded) {

    public static OrderFlags of(OrderStatus status, LocalDate dueDate, LocalDate today, long totalMinor,
                                long paymentsMinor, long refundsMinor) {
        long netPaid = paymentsMinor - refundsMinor;
        long remaining = totalMinor - netPaid;
        boolean due = status == OrderStatus.CONFIRMED && dueDate != null && dueDate.isBefore(today) && remaining > 0;
        return new OrderFlags(due, remaining <= 0, netPaid > 0 && remaining > 0, refundsMinor > paymentsMinor);
    }
}
