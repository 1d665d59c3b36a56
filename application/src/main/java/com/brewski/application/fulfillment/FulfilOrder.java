package com.brewski.application.fulfillment;

import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.AlertKind;
import com.brewski.domain.fulfillment.AttemptStatus;
import com.brewski.domain.fulfillment.AttemptType;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.PartnerTransaction;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.fulfillment.VoucherOrderStatus;
import com.brewski.domain.shared.Conflict;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The automatic fulfilment of a paid order, run by the durable job: every open item is leased, tried
 * against its active sources in priority order and given one AUTO attempt mirroring what the partner
 * said; then the consolidated email goes out if every item delivered, else the order needs attention
 * with a {@code fulfillment_partial} or {@code fulfillment_failed} alert. Safe to run again after a
 * crash: delivered items are skipped, unknown purchases are asked about first.
 */
public final class FulfilOrder {
    private static final System.Logger LOG = System.getLogger(FulfilOrder.class.getName());

    private final VoucherOrders orders;
    private final VoucherCatalogue catalogue;
    private final FulfilmentAttempts attempts;
    private final PartnerTransactions purchases;
    private final PartnerDelivery delivery;
    private final VoucherDispatch dispatch;
    private final Transactions transactions;
    private final Clock clock;
    private final FulfilmentPolicy policy;

    public FulfilOrder(VoucherOrders orders, VoucherCatalogue catalogue, FulfilmentAttempts attempts, AdminAlerts alerts,
                       PreloadedCodes preloaded, PartnerTransactions purchases, VoucherPartner partner, Mailer mailer,
                       Transactions transactions, Clock clock, FulfilmentPolicy policy) {
        this.orders = orders;
        this.catalogue = catalogue;
        this.attempts = attempts;
        this.purchases = purchases;
        this.delivery = new PartnerDelivery(preloaded, purchases, partner, transactions, clock, policy);
        this.dispatch = new VoucherDispatch(orders, alerts, mailer, clock);
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Fulfils the order if it is still PROCESSING. An item leased by a partner retry in progress is a
     * {@link Conflict}: the job fails and runs again later.
     */
    public void fulfil(VoucherOrderId orderId) {
        record Open(List<OrderItem> items, String recipient) {}
        Open open = transactions.inTransaction(() -> {
            VoucherOrder order = orders.lock(orderId).orElse(null);
            if (order == null || order.status() != VoucherOrderStatus.PROCESSING) return new Open(List.of(), null);
            List<OrderItem> items = order.items().stream().filter(i -> !i.fulfilled() && !i.hasAllVouchers()).toList();
            for (OrderItem item : items) {
                if (item.isClaimed(clock.instant())) throw new Conflict("order item " + item.id() + " is being fulfilled elsewhere");
                item.claim(clock.instant().plus(policy.itemLease()));
            }
            orders.save(order);
            return new Open(items, order.customerEmail().value());
        });
        if (open.recipient() == null) return;
        for (OrderItem item : open.items()) fulfilItem(orderId, item, open.recipient());
        UUID runId = UUID.randomUUID();
        transactions.run(() -> {
            VoucherOrder order = orders.lock(orderId).orElseThrow();
            if (order.status() != VoucherOrderStatus.PROCESSING) return;
            switch (order.automaticFulfilmentFinished()) {
                case READY_TO_DISPATCH -> {
                    Dispatch outcome = dispatch.send(order, runId);
                    if (outcome instanceof Dispatch.DispatchFailed f)
                        dispatch.raise(order, AlertKind.DISPATCH_FAILED, "The voucher email of order #" + order.id() + " failed: " + f.error());
                }
                case PARTIAL -> {
                    orders.save(order);
                    dispatch.raise(order, AlertKind.FULFILLMENT_PARTIAL, "Order #" + order.id() + " was delivered in part; no email was sent");
                }
                case NONE_DELIVERED -> {
                    orders.save(order);
                    dispatch.raise(order, AlertKind.FULFILLMENT_FAILED, "No item of order #" + order.id() + " could be delivered");
                }
            }
            LOG.log(System.Logger.Level.INFO, "{0} automatic fulfilment of order {1} ended {2}",
                    FulfilmentAttempt.logTag(runId), order.id(), order.status());
        });
    }

    private void fulfilItem(VoucherOrderId orderId, OrderItem item, String recipient) {
        UUID correlationId = UUID.randomUUID();
        PartnerDelivery.Delivery delivered;
        try {
            delivered = delivery.deliver(item, recipient, catalogue.activeSources(item.variantId()), correlationId);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} order item {1}: unexpected {2}", FulfilmentAttempt.logTag(correlationId),
                    item.id(), e.getClass().getSimpleName());
            delivered = new PartnerDelivery.Delivery.NotDelivered("ERROR", "unexpected error: " + e.getClass().getSimpleName(), null, null);
        }
        if (Thread.currentThread().isInterrupted())
            // the server is stopping: that is no partner failure; the purchase stays unresolved and the job runs again
            throw new IllegalStateException("fulfilment of order item " + item.id() + " interrupted; it will run again");
        PartnerDelivery.Delivery result = delivered;
        transactions.run(() -> {
            VoucherOrder order = orders.lock(orderId).orElseThrow();
            OrderItem current = order.item(item.id());
            current.release();
            PartnerTransaction last = result.lastPurchase();
            AttemptStatus status;
            String error = null;
            switch (result) {
                case PartnerDelivery.Delivery.Delivered d -> {
                    current.attach(d.vouchers());
                    for (PartnerTransaction used : d.purchases()) purchases.update(used.consumed(clock.instant()));
                    status = AttemptStatus.SUCCESS;
                }
                case PartnerDelivery.Delivery.NotDelivered n -> {
                    current.failed();
                    status = PartnerDelivery.failureStatus(n);
                    error = n.reason();
                }
            }
            orders.save(order);
            attempts.insert(new FulfilmentAttempt(null, orderId, current.id(), AttemptType.AUTO, status, correlationId, error,
                    result.response(), null, null, null, last == null ? null : last.id(), clock.instant()));
        });
    }
}
