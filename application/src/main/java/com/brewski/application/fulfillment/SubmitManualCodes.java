package com.brewski.application.fulfillment;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.DomainException;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Recovery path 1 for the whole order in one request: the codes of several items, one consolidated
 * email. Each item is checked on its own: an item refused (already fulfilled, dispatched, a code
 * taken) is reported in its own result while the others go through; when every item is refused the
 * first refusal is the answer.
 */
public final class SubmitManualCodes {
    private final VoucherOrders orders;
    private final Transactions transactions;
    private final ManualCodeEntry entry;
    private final VoucherDispatch dispatch;

    public SubmitManualCodes(VoucherOrders orders, VoucherPartners partners, FulfilmentAttempts attempts, AdminAlerts alerts,
                             Mailer mailer, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.entry = new ManualCodeEntry(orders, partners, attempts, clock);
        this.dispatch = new VoucherDispatch(orders, alerts, mailer, clock);
    }

    public RecoveryResult submit(Caller caller, VoucherOrderId orderId, List<ManualCodes> items, String notes) {
        if (items.isEmpty()) throw new InvalidField("items", "items must have at least one entry");
        Set<OrderItemId> distinct = new HashSet<>();
        for (int i = 0; i < items.size(); i++)
            if (!distinct.add(items.get(i).orderItemId()))
                throw new InvalidField("items[" + i + "].orderItemId", "items[" + i + "].orderItemId appears twice");
        UUID correlationId = UUID.randomUUID();
        return transactions.inTransaction(() -> {
            VoucherOrder order = orders.lock(orderId).orElseThrow(() -> new NotFound("Order not found", "ORDER_NOT_FOUND"));
            VoucherOrder.requirePaid(orders.hasSucceededPayment(orderId));
            Map<ManualCodes, OrderItem> accepted = new LinkedHashMap<>();
            Map<ManualCodes, DomainException> refused = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                ManualCodes input = items.get(i);
                try {
                    accepted.put(input, entry.attach(order, input, "items[" + i + "].codes"));
                } catch (InvalidField e) {
                    throw e; // a malformed request is refused whole
                } catch (DomainException e) {
                    refused.put(input, e);
                }
            }
            if (accepted.isEmpty()) throw refused.values().iterator().next();
            orders.save(order);
            Dispatch outcome = dispatch.send(order, correlationId);
            boolean sent = outcome instanceof Dispatch.Dispatched;
            List<RecoveryResult> results = new ArrayList<>();
            FulfilmentAttempt first = null;
            int codes = 0;
            for (ManualCodes input : items) {
                OrderItem item = accepted.get(input);
                if (item == null) {
                    DomainException e = refused.get(input);
                    results.add(new RecoveryResult(false, e.getMessage(), input.orderItemId(), null, null, null, false,
                            e.getMessage(), null));
                    continue;
                }
                FulfilmentAttempt attempt = entry.attempt(order, item, input, caller, notes, correlationId, outcome);
                if (first == null) first = attempt;
                codes += input.codes().size();
                results.add(new RecoveryResult(sent, sent ? input.codes().size() + " voucher code(s) delivered to customer"
                        : "voucher code(s) saved but the email failed", item.id(), attempt.id(), correlationId,
                        attempt.status(), sent, attempt.errorMessage(), null));
            }
            boolean all = sent && refused.isEmpty();
            String message = sent ? codes + " voucher code(s) delivered to customer" + (refused.isEmpty() ? "" : "; " + refused.size() + " item(s) refused")
                    : "voucher code(s) saved but the email failed; submit again to re-send";
            return new RecoveryResult(all, message, null, first.id(), correlationId, first.status(), sent,
                    first.errorMessage(), results);
        });
    }
}
