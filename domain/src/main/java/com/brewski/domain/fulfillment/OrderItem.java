package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a voucher order: a variant, a quantity (one voucher per unit) and the vouchers saved for
 * it. It counts as {@code fulfilled} only once the consolidated email carrying its vouchers has gone out.
 * A partner call in progress holds a lease on the item ({@code claimedUntil}) so that a manual code
 * cannot be dispatched beside it.
 */
public final class OrderItem {
    public static final int MAX_QUANTITY = 20;

    private final OrderItemId id;
    private final VariantId variantId;
    private final String productName;
    private final String variantName;
    private final int quantity;
    private final long unitPriceMinor;
    private boolean fulfilled;
    private Instant fulfilledAt;
    private ItemFulfilmentStatus status;
    private final List<Voucher> vouchers;
    private Instant claimedUntil;

    private OrderItem(OrderItemId id, VariantId variantId, String productName, String variantName, int quantity,
                      long unitPriceMinor, boolean fulfilled, Instant fulfilledAt, ItemFulfilmentStatus status,
                      List<Voucher> vouchers, Instant claimedUntil) {
        this.id = id;
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.productName = productName;
        this.variantName = variantName;
        this.quantity = checkedQuantity("quantity", quantity);
        this.unitPriceMinor = unitPriceMinor;
        this.fulfilled = fulfilled;
        this.fulfilledAt = fulfilledAt;
        this.status = Objects.requireNonNull(status, "status");
        this.vouchers = new ArrayList<>(vouchers);
        this.claimedUntil = claimedUntil;
    }

    public static int checkedQuantity(String field, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY)
            throw new InvalidField(field, field + " must be between 1 and " + MAX_QUANTITY);
        return quantity;
    }

    /** A new line at checkout, priced from the variant. */
    static OrderItem place(VoucherVariant variant, int quantity) {
        return new OrderItem(null, variant.id(), variant.productName(), variant.name(), quantity, variant.priceMinor(),
                false, null, ItemFulfilmentStatus.PENDING, List.of(), null);
    }

    /** Rebuilds an item from storage (persistence adapter only). */
    public static OrderItem rebuild(OrderItemId id, VariantId variantId, String productName, String variantName, int quantity,
                                    long unitPriceMinor, boolean fulfilled, Instant fulfilledAt, ItemFulfilmentStatus status,
                                    List<Voucher> vouchers, Instant claimedUntil) {
        return new OrderItem(Objects.requireNonNull(id, "id"), variantId, productName, variantName, quantity, unitPriceMinor,
                fulfilled, fulfilledAt, status, vouchers, claimedUntil);
    }

    /**
     * The recovery guards of the guide, in its order: a fulfilled item and an item with a prior
     * DISPATCHED attempt are conflicts (the idempotency guard), as is a partner call in progress.
     */
    public void requireOpenForDispatch(boolean dispatchedBefore, Instant now) {
        if (fulfilled) throw new Conflict("order item " + id + " is already fulfilled", "ITEM_ALREADY_FULFILLED");
        if (dispatchedBefore)
            throw new Conflict("order item " + id + " already has a DISPATCHED attempt", "ALREADY_DISPATCHED");
        if (isClaimed(now))
            throw new Conflict("a partner fulfilment of order item " + id + " is in progress", "FULFILMENT_IN_PROGRESS");
    }

    public boolean isClaimed(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** Takes the lease for a partner call until {@code until}. */
    public void claim(Instant until) {
        this.claimedUntil = until;
    }

    public void release() {
        this.claimedUntil = null;
    }

    /** How many codes the item needs: one per unit. */
    public void requireOneCodePerUnit(String field, int codes) {
        if (codes != quantity)
            throw new InvalidField(field, field + " must have exactly " + quantity + " entr" + (quantity == 1 ? "y" : "ies")
                    + " (one per unit of order item " + id + ")");
    }

    /** Saves every unit's voucher on the item, replacing any saved before (a re-submission after a failed email). */
    public void attach(List<Voucher> delivered) {
        if (fulfilled) throw new Conflict("order item " + id + " is already fulfilled", "ITEM_ALREADY_FULFILLED");
        requireOneCodePerUnit("codes", delivered.size());
        vouchers.clear();
        vouchers.addAll(delivered);
        status = ItemFulfilmentStatus.AWAITING_DISPATCH;
    }

    /** No source delivered: the item waits for an operator. Vouchers saved before stay. */
    public void failed() {
        if (!fulfilled && !hasAllVouchers()) status = ItemFulfilmentStatus.FAILED;
    }

    public boolean hasAllVouchers() {
        return vouchers.size() == quantity;
    }

    /** The consolidated email carrying this item's vouchers went out. */
    void dispatched(Instant at) {
        if (fulfilled || !hasAllVouchers()) return;
        fulfilled = true;
        fulfilledAt = at;
        status = ItemFulfilmentStatus.SUCCEEDED;
    }

    /** The consolidated email failed: the vouchers stay saved and linked, the item is not fulfilled. */
    void dispatchFailed() {
        if (!fulfilled && hasAllVouchers()) status = ItemFulfilmentStatus.DISPATCH_FAILED;
    }

    public OrderItemId id() { return id; }
    public VariantId variantId() { return variantId; }
    public String productName() { return productName; }
    public String variantName() { return variantName; }
    public int quantity() { return quantity; }
    public long unitPriceMinor() { return unitPriceMinor; }
    public long totalMinor() { return unitPriceMinor * quantity; }
    public boolean fulfilled() { return fulfilled; }
    public Instant fulfilledAt() { return fulfilledAt; }
    public ItemFulfilmentStatus status() { return status; }
    public List<Voucher> vouchers() { return List.copyOf(vouchers); }
    public Instant claimedUntil() { return claimedUntil; }
}
