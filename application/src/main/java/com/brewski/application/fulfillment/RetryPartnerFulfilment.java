package com.brewski.application.fulfillment;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.AttemptStatus;
import com.brewski.domain.fulfillment.AttemptType;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.fulfillment.PartnerTransaction;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Recovery path 2: the item's sources (or the one the operator forces) are asked again. The guards run
 * and the item is leased before any partner call, so a manual code submitted meanwhile gets 409; the
 * vouchers delivered are saved and sent in the consolidated email with the order locked. A partner
 * failure is an answer (success false), not an error.
 */
public final class RetryPartnerFulfilment {
    private final VoucherOrders orders;
    private final VoucherCatalogue catalogue;
    private final FulfilmentAttempts attempts;
    private final PartnerTransactions purchases;
    private final PartnerDelivery delivery;
    private final VoucherDispatch dispatch;
    private final Transactions transactions;
    private final Clock clock;
    private final FulfilmentPolicy policy;

    public RetryPartnerFulfilment(VoucherOrders orders, VoucherCatalogue catalogue, FulfilmentAttempts attempts,
                                  AdminAlerts alerts, PreloadedCodes preloaded, PartnerTransactions purchases,
                                  VoucherPartner partner, Mailer mailer, Transactions transactions, Clock clock,
                                  FulfilmentPolicy policy) {
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

    private record Claimed(OrderItem item, List<PartnerSource> sources, String recipient) {}

    public RecoveryResult retry(Caller caller, VoucherOrderId orderId, OrderItemId itemId, PartnerSourceId sourceId, String notes) {
        UUID correlationId = UUID.randomUUID();
        Claimed claimed = transactions.inTransaction(() -> {
            VoucherOrder order = orders.lock(orderId).orElseThrow(() -> new NotFound("Order not found", "ORDER_NOT_FOUND"));
            VoucherOrder.requirePaid(orders.hasSucceededPayment(orderId));
            OrderItem item = order.item(itemId);
            item.requireOpenForDispatch(attempts.hasDispatched(itemId), clock.instant());
            List<PartnerSource> sources;
            if (sourceId != null) {
                PartnerSource source = catalogue.source(sourceId)
                        .filter(s -> s.variantId().equals(item.variantId()))
                        .orElseThrow(() -> new InvalidField("partnerSourceId", "partnerSourceId is not a source of this item's variant"));
                sources = List.of(source);
            } else {
                sources = catalogue.activeSources(item.variantId());
            }
            item.claim(clock.instant().plus(policy.itemLease()));
            orders.save(order);
            return new Claimed(item, sources, order.customerEmail().value());
        });
        PartnerDelivery.Delivery delivered;
        try {
            delivered = delivery.deliver(claimed.item(), claimed.recipient(), claimed.sources(), correlationId);
        } catch (RuntimeException e) {
            delivered = new PartnerDelivery.Delivery.NotDelivered("ERROR", "unexpected error: " + e.getClass().getSimpleName(), null, null);
        }
        PartnerDelivery.Delivery result = delivered;
        return transactions.inTransaction(() -> {
            VoucherOrder order = orders.lock(orderId).orElseThrow(() -> new NotFound("Order not found", "ORDER_NOT_FOUND"));
            OrderItem item = order.item(itemId);
            item.release();
            PartnerTransaction last = result.lastPurchase();
            switch (result) {
                case PartnerDelivery.Delivery.Delivered d -> {
                    item.attach(d.vouchers());
                    for (PartnerTransaction used : d.purchases()) purchases.update(used.consumed(clock.instant()));
                    orders.save(order);
                    Dispatch outcome = dispatch.send(order, correlationId);
                    boolean sent = outcome instanceof Dispatch.Dispatched;
                    FulfilmentAttempt attempt = attempts.insert(new FulfilmentAttempt(null, order.id(), item.id(),
                            AttemptType.PARTNER_RETRY, ManualCodeEntry.status(outcome), correlationId, ManualCodeEntry.error(outcome),
                            d.response(), null, caller.userId(), notes, last == null ? null : last.id(), clock.instant()));
                    return new RecoveryResult(sent, sent ? "Voucher delivered via " + d.source().partnerName()
                            : "Voucher delivered via " + d.source().partnerName() + " but the email failed",
                            item.id(), attempt.id(), correlationId, attempt.status(), sent, attempt.errorMessage(), null);
                }
                case PartnerDelivery.Delivery.NotDelivered n -> {
                    item.failed();
                    orders.save(order);
                    AttemptStatus status = PartnerDelivery.failureStatus(n);
                    FulfilmentAttempt attempt = attempts.insert(new FulfilmentAttempt(null, order.id(), item.id(),
                            AttemptType.PARTNER_RETRY, status, correlationId, n.reason(), n.response(), null,
                            caller.userId(), notes, last == null ? null : last.id(), clock.instant()));
                    return new RecoveryResult(false, "Partner responded with status " + n.partnerStatus(), item.id(),
                            attempt.id(), correlationId, status, false, n.reason(), null);
                }
            }
        });
    }
}
