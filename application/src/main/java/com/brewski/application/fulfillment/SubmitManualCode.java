package com.brewski.application.fulfillment;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.UUID;

/**
 * Recovery path 1 for one item: an operator's code(s), one per unit, saved on the item and sent to
 * the customer in the consolidated email. The order row stays locked from the guards to the email,
 * so of two operators submitting at once one dispatches and the other gets 409.
 */
public final class SubmitManualCode {
    private final VoucherOrders orders;
    private final Transactions transactions;
    private final ManualCodeEntry entry;
    private final VoucherDispatch dispatch;

    public SubmitManualCode(VoucherOrders orders, VoucherPartners partners, FulfilmentAttempts attempts, AdminAlerts alerts,
                            Mailer mailer, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.entry = new ManualCodeEntry(orders, partners, attempts, clock);
        this.dispatch = new VoucherDispatch(orders, alerts, mailer, clock);
    }

    public RecoveryResult submit(Caller caller, VoucherOrderId orderId, ManualCodes input, String notes) {
        UUID correlationId = UUID.randomUUID();
        return transactions.inTransaction(() -> {
            VoucherOrder order = orders.lock(orderId).orElseThrow(() -> new NotFound("Order not found", "ORDER_NOT_FOUND"));
            VoucherOrder.requirePaid(orders.hasSucceededPayment(orderId));
            OrderItem item = entry.attach(order, input, "codes");
            orders.save(order);
            Dispatch outcome = dispatch.send(order, correlationId);
            FulfilmentAttempt attempt = entry.attempt(order, item, input, caller, notes, correlationId, outcome);
            boolean sent = outcome instanceof Dispatch.Dispatched;
            return new RecoveryResult(sent,
                    sent ? input.codes().size() + " voucher code(s) delivered to customer"
                            : "voucher code(s) saved but the email failed; submit again to re-send",
                    item.id(), attempt.id(), correlationId, attempt.status(), sent, attempt.errorMessage(), null);
        });
    }

    /** The log tag of a result. */
    public static String tag(RecoveryResult result) {
        return FulfilmentAttempt.logTag(result.correlationId());
    }
}
