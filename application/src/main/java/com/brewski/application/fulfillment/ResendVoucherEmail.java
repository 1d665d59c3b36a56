package com.brewski.application.fulfillment;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.AttemptStatus;
import com.brewski.domain.fulfillment.AttemptType;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the consolidated email again with every code saved on the order. Items holding all their
 * vouchers become fulfilled when it goes out (a resend is also how a failed dispatch is repaired).
 */
public final class ResendVoucherEmail {
    private final VoucherOrders orders;
    private final FulfilmentAttempts attempts;
    private final Transactions transactions;
    private final VoucherDispatch dispatch;
    private final Clock clock;

    public ResendVoucherEmail(VoucherOrders orders, FulfilmentAttempts attempts, AdminAlerts alerts, Mailer mailer,
                              Transactions transactions, Clock clock) {
        this.orders = orders;
        this.attempts = attempts;
        this.transactions = transactions;
        this.dispatch = new VoucherDispatch(orders, alerts, mailer, clock);
        this.clock = clock;
    }

    public RecoveryResult resend(Caller caller, VoucherOrderId orderId, String notes) {
        UUID correlationId = UUID.randomUUID();
        return transactions.inTransaction(() -> {
            VoucherOrder order = orders.lock(orderId).orElseThrow(() -> new NotFound("Order not found", "ORDER_NOT_FOUND"));
            VoucherOrder.requirePaid(orders.hasSucceededPayment(orderId));
            if (!order.hasVouchers()) throw new Conflict("the order has no saved voucher codes to send", "NO_VOUCHERS");
            Dispatch outcome = dispatch.send(order, correlationId);
            boolean sent = outcome instanceof Dispatch.Dispatched;
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("allCodes", order.voucherCodes());
            FulfilmentAttempt attempt = attempts.insert(new FulfilmentAttempt(null, order.id(), null, AttemptType.RESEND_EMAIL,
                    sent ? AttemptStatus.SUCCESS : AttemptStatus.DISPATCH_FAILED, correlationId, ManualCodeEntry.error(outcome),
                    response, FulfilmentAttempt.codeSummary(order.voucherCodes()), caller.userId(), notes, null, clock.instant()));
            return new RecoveryResult(sent, sent ? order.voucherCodes().size() + " voucher code(s) re-sent to customer"
                    : "the voucher email failed", null, attempt.id(), correlationId, attempt.status(), sent,
                    attempt.errorMessage(), null);
        });
    }
}
