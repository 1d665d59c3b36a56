package com.brewski.domain.fulfillment;

import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's voucher order. {@code PENDING_PAYMENT} → {@code PROCESSING} (paid, fulfilment queued) →
 * {@code SUCCEEDED} (every item fulfilled, the consolidated email sent) or {@code NEEDS_ATTENTION}
 * (a wrong amount, a failed partner, a failed email). A paid order is never FAILED.
 */
public final class VoucherOrder {
    public static final int MAX_ITEMS = 50;

    private final VoucherOrderId id;
    private final Email customerEmail;
    private VoucherOrderStatus status;
    private final long totalMinor;
    private final String currencySymbol;
    private String dispatchedEmail;
    private Instant emailSentAt;
    private final List<OrderItem> items;
    private final Instant createdAt;

    private VoucherOrder(VoucherOrderId id, Email customerEmail, VoucherOrderStatus status, long totalMinor,
                         String currencySymbol, String dispatchedEmail, Instant emailSentAt, List<OrderItem> items,
                         Instant createdAt) {
        this.id = id;
        this.customerEmail = Objects.requireNonNull(customerEmail, "customerEmail");
        this.status = Objects.requireNonNull(status, "status");
        this.totalMinor = totalMinor;
        this.currencySymbol = currencySymbol;
        this.dispatchedEmail = dispatchedEmail;
        this.emailSentAt = emailSentAt;
        this.items = new ArrayList<>(items);
        this.createdAt = createdAt;
    }

    /** One requested line at checkout. */
    public record Line(VoucherVariant variant, int quantity) {
        public Line {
            Objects.requireNonNull(variant, "variant");
        }
    }

    /** A new order at checkout: at least one line, every variant active, the total the sum of the lines. */
    public static VoucherOrder place(Email customerEmail, List<Line> lines, Instant now) {
        if (lines.isEmpty()) throw new InvalidField("items", "items must have at least one entry");
        if (lines.size() > MAX_ITEMS) throw new InvalidField("items", "items must have at most " + MAX_ITEMS + " entries");
        List<OrderItem> items = new ArrayList<>();
        long total = 0;
        String symbol = lines.getFirst().variant().currencySymbol();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.variant().active())
                throw new InvalidField("items[" + i + "].variantId", "items[" + i + "].variantId is not an active variant");
            if (!line.variant().currencySymbol().equals(symbol))
                throw new InvalidField("items[" + i + "].variantId", "items[" + i + "].variantId is priced in another currency");
            OrderItem item = OrderItem.place(line.variant(), OrderItem.checkedQuantity("items[" + i + "].quantity", line.quantity()));
            total = Math.addExact(total, item.totalMinor());
            items.add(item);
        }
        return new VoucherOrder(null, customerEmail, VoucherOrderStatus.PENDING_PAYMENT, total, symbol, null, null, items, now);
    }

    /** Rebuilds an order from storage (persistence adapter only). */
    public static VoucherOrder rebuild(VoucherOrderId id, Email customerEmail, VoucherOrderStatus status, long totalMinor,
                                       String currencySymbol, String dispatchedEmail, Instant emailSentAt,
                                       List<OrderItem> items, Instant createdAt) {
        return new VoucherOrder(Objects.requireNonNull(id, "id"), customerEmail, status, totalMinor, currencySymbol,
                dispatchedEmail, emailSentAt, items, createdAt);
    }

    /** What a newly recorded payment means for the order. */
    public enum PaymentDecision {
        /** The order's total was paid: fulfilment is queued. */
        FULFIL,
        /** A succeeded payment of another amount: the order needs an operator, nothing is fulfilled. */
        MISMATCH,
        /** A failed payment, or a payment of an order already paid: recorded, nothing else changes. */
        RECORDED_ONLY
    }

    public PaymentDecision paymentReceived(PaymentStatus paymentStatus, long amountMinor) {
        if (paymentStatus != PaymentStatus.SUCCEEDED || status != VoucherOrderStatus.PENDING_PAYMENT)
            return PaymentDecision.RECORDED_ONLY;
        if (amountMinor != totalMinor) {
            status = VoucherOrderStatus.NEEDS_ATTENTION;
            return PaymentDecision.MISMATCH;
        }
        status = VoucherOrderStatus.PROCESSING;
        return PaymentDecision.FULFIL;
    }

    /** Recovery refuses to send vouchers for an order that nobody paid for. */
    public static void requirePaid(boolean hasSucceededPayment) {
        if (!hasSucceededPayment)
            throw new InvalidField("payment", "refusing to dispatch voucher: order has no SUCCEEDED payment", "PAYMENT_NOT_SUCCEEDED");
    }

    public OrderItem item(OrderItemId itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFound("Order item not found", "ORDER_ITEM_NOT_FOUND"));
    }

    /** What the automatic fulfilment left behind, once every item was tried. */
    public enum AutomaticOutcome {
        /** Every item has all its vouchers: send the consolidated email. */
        READY_TO_DISPATCH,
        /** Some items delivered, some not: nothing is emailed until an operator recovers the rest. */
        PARTIAL,
        /** No item delivered. */
        NONE_DELIVERED
    }

    public AutomaticOutcome automaticFulfilmentFinished() {
        long delivered = items.stream().filter(i -> i.fulfilled() || i.hasAllVouchers()).count();
        if (delivered == items.size()) return AutomaticOutcome.READY_TO_DISPATCH;
        status = VoucherOrderStatus.NEEDS_ATTENTION;
        return delivered == 0 ? AutomaticOutcome.NONE_DELIVERED : AutomaticOutcome.PARTIAL;
    }

    /** Whether there is anything to put in the consolidated email. */
    public boolean hasVouchers() {
        return items.stream().anyMatch(i -> !i.vouchers().isEmpty());
    }

    /**
     * The consolidated email went out to {@code email}: every item holding all its vouchers is fulfilled,
     * and the order SUCCEEDED once every item is (an order still being fulfilled automatically stays
     * PROCESSING, any other NEEDS_ATTENTION).
     */
    public void dispatched(String email, Instant at) {
        items.forEach(i -> i.dispatched(at));
        dispatchedEmail = email;
        emailSentAt = at;
        if (allFulfilled()) status = VoucherOrderStatus.SUCCEEDED;
        else if (status != VoucherOrderStatus.PROCESSING) status = VoucherOrderStatus.NEEDS_ATTENTION;
    }

    /** The consolidated email failed: vouchers stay, items show DISPATCH_FAILED, the order needs attention. */
    public void dispatchFailed() {
        items.forEach(OrderItem::dispatchFailed);
        if (!allFulfilled()) status = VoucherOrderStatus.NEEDS_ATTENTION;
    }

    public boolean allFulfilled() {
        return items.stream().allMatch(OrderItem::fulfilled);
    }

    /** Every code on the order, item by item, unit by unit. */
    public List<String> voucherCodes() {
        return items.stream().flatMap(i -> i.vouchers().stream()).map(v -> v.code().code()).toList();
    }

    public VoucherOrderId id() { return id; }
    public Email customerEmail() { return customerEmail; }
    public VoucherOrderStatus status() { return status; }
    public long totalMinor() { return totalMinor; }
    public String currencySymbol() { return currencySymbol; }
    public String dispatchedEmail() { return dispatchedEmail; }
    public Instant emailSentAt() { return emailSentAt; }
    public List<OrderItem> items() { return List.copyOf(items); }
    public Instant createdAt() { return createdAt; }
}
