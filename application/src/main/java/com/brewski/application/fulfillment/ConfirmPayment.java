package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.AdminAlert;
import com.brewski.domain.fulfillment.AlertKind;
import com.brewski.domain.fulfillment.PaymentStatus;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.fulfillment.VoucherPayment;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;

/**
 * A payment provider's verified event: recorded once (idempotent on the event id and on the payment
 * id). The order's total paid queues the fulfilment job in the same transaction; any other amount puts
 * the order on NEEDS_ATTENTION with a {@code payment_mismatch} alert and fulfils nothing.
 */
public final class ConfirmPayment {
    private final VoucherOrders orders;
    private final AdminAlerts alerts;
    private final FulfilmentJobs jobs;
    private final Transactions transactions;
    private final Clock clock;

    public ConfirmPayment(VoucherOrders orders, AdminAlerts alerts, FulfilmentJobs jobs, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.alerts = alerts;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record PaymentEvent(String eventId, PaymentStatus status, String paymentId, VoucherOrderId orderId, long amountMinor) {}

    public enum Outcome { RECORDED, REPLAY }

    public Outcome confirm(PaymentEvent event) {
        return transactions.inTransaction(() -> {
            VoucherOrder order = orders.lock(event.orderId()).orElseThrow(() -> new NotFound("Order not found", "ORDER_NOT_FOUND"));
            VoucherPayment payment = new VoucherPayment(order.id(), event.eventId(), event.paymentId(), event.amountMinor(),
                    event.status(), clock.instant());
            if (!orders.recordPayment(payment)) return Outcome.REPLAY;
            switch (order.paymentReceived(event.status(), event.amountMinor())) {
                case FULFIL -> {
                    orders.save(order);
                    jobs.enqueue(order.id());
                }
                case MISMATCH -> {
                    orders.save(order);
                    alerts.insert(AdminAlert.raise(order.id(), AlertKind.PAYMENT_MISMATCH, "Payment " + event.paymentId() + " of "
                            + event.amountMinor() + " minor units does not match the order total of " + order.totalMinor(), clock.instant()));
                }
                case RECORDED_ONLY -> { }
            }
            return Outcome.RECORDED;
        });
    }
}
