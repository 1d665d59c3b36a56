package com.brewski.application.fulfillment;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.fulfillment.AdminAlert;
import com.brewski.domain.fulfillment.AlertKind;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends the consolidated email of an order whose row the caller holds locked, inside the caller's
 * transaction (so a concurrent recovery of the same order waits, then sees the DISPATCHED attempt),
 * and records what followed: on success the order's dispatch fields, fulfilled items and resolved
 * alerts; on failure DISPATCH_FAILED items and an order that needs attention. The vouchers were saved
 * before; a failed email loses none of them.
 */
final class VoucherDispatch {
    private static final System.Logger LOG = System.getLogger(VoucherDispatch.class.getName());

    private final VoucherOrders orders;
    private final AdminAlerts alerts;
    private final Mailer mailer;
    private final Clock clock;

    VoucherDispatch(VoucherOrders orders, AdminAlerts alerts, Mailer mailer, Clock clock) {
        this.orders = orders;
        this.alerts = alerts;
        this.mailer = mailer;
        this.clock = clock;
    }

    Dispatch send(VoucherOrder order, UUID correlationId) {
        String tag = FulfilmentAttempt.logTag(correlationId);
        Dispatch outcome;
        try {
            mailer.send(VoucherEmail.of(order));
            outcome = new Dispatch.Dispatched(order.customerEmail().value());
            LOG.log(System.Logger.Level.INFO, "{0} consolidated email of order {1} sent ({2} code(s))",
                    tag, order.id(), order.voucherCodes().size());
        } catch (RuntimeException e) {
            outcome = new Dispatch.DispatchFailed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            LOG.log(System.Logger.Level.WARNING, "{0} consolidated email of order {1} failed: {2}", tag, order.id(),
                    e.getClass().getSimpleName());
        }
        Instant now = clock.instant();
        switch (outcome) {
            case Dispatch.Dispatched d -> {
                order.dispatched(d.email(), now);
                if (order.status() == VoucherOrderStatus.SUCCEEDED) {
                    for (AdminAlert alert : alerts.openOf(order.id())) {
                        if (!alert.resolvedByRecovery()) continue;
                        alert.resolve("Resolved by fulfilment attempt " + tag, now);
                        alerts.update(alert);
                    }
                }
            }
            case Dispatch.DispatchFailed f -> order.dispatchFailed();
        }
        orders.save(order);
        return outcome;
    }

    /** Raises an alert unless one of the same kind is open for the order. */
    void raise(VoucherOrder order, AlertKind kind, String message) {
        boolean open = alerts.openOf(order.id()).stream().anyMatch(a -> a.kind() == kind);
        if (!open) alerts.insert(AdminAlert.raise(order.id(), kind, message, clock.instant()));
    }
}
