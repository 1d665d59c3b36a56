package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.NotFound;

import java.util.List;

/** The audit trail of an order: every attempt, oldest first. */
public final class ReadFulfilmentAttempts {
    private final VoucherOrders orders;
    private final FulfilmentAttempts attempts;
    private final Transactions transactions;

    public ReadFulfilmentAttempts(VoucherOrders orders, FulfilmentAttempts attempts, Transactions transactions) {
        this.orders = orders;
        this.attempts = attempts;
        this.transactions = transactions;
    }

    public List<FulfilmentAttempts.AttemptView> of(VoucherOrderId orderId) {
        return transactions.inTransaction(() -> {
            if (orders.find(orderId).isEmpty()) throw new NotFound("Order not found", "ORDER_NOT_FOUND");
            return attempts.ofOrder(orderId);
        });
    }
}
