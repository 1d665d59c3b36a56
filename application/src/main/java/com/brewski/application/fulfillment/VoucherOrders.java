package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.fulfillment.VoucherOrderStatus;
import com.brewski.domain.fulfillment.VoucherPayment;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer voucher orders with their items, saved vouchers and payments. */
public interface VoucherOrders {
    /** Inserts a placed order and its items; answers it with the ids the database gave. */
    VoucherOrder insert(VoucherOrder order);

    Optional<VoucherOrder> find(VoucherOrderId id);

    /** The order, its row locked until the transaction ends: every change to an order goes through this. */
    Optional<VoucherOrder> lock(VoucherOrderId id);

    /**
     * Writes the order's status and dispatch fields and its items (fulfilment fields, lease and vouchers:
     * an item's saved vouchers are replaced by the ones it holds now). A code already saved on another
     * item is a {@link com.brewski.domain.shared.Conflict}.
     */
    void save(VoucherOrder order);

    /** Newest first, optionally of one status. */
    Page<VoucherOrder> page(VoucherOrderStatus status, PageRequest page);

    /**
     * Records a payment unless one with the same event id or payment id exists; answers whether it was
     * recorded (false: a replay).
     */
    boolean recordPayment(VoucherPayment payment);

    List<VoucherPayment> payments(VoucherOrderId orderId);

    /** Payments of many orders at once (for pages). */
    Map<VoucherOrderId, List<VoucherPayment>> payments(Collection<VoucherOrderId> orderIds);

    boolean hasSucceededPayment(VoucherOrderId orderId);

    /** The items other than {@code except} on which any of {@code codes} is saved. */
    List<OrderItemId> itemsHoldingCodes(Collection<String> codes, OrderItemId except);
}
