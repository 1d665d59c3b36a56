package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.fulfillment.VoucherOrderStatus;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.List;
import java.util.Map;

/** Voucher orders for operators: a page (newest first, optionally of one status) and one order. */
public final class ReadVoucherOrders {
    private final VoucherOrders orders;
    private final Transactions transactions;

    public ReadVoucherOrders(VoucherOrders orders, Transactions transactions) {
        this.orders = orders;
        this.transactions = transactions;
    }

    public Page<VoucherOrderView> page(VoucherOrderStatus status, PageRequest page) {
        return transactions.inTransaction(() -> {
            Page<VoucherOrder> found = orders.page(status, page);
            Map<VoucherOrderId, List<com.brewski.domain.fulfillment.VoucherPayment>> payments =
                    orders.payments(found.results().stream().map(VoucherOrder::id).toList());
            return found.map(o -> new VoucherOrderView(o, payments.getOrDefault(o.id(), List.of())));
        });
    }

    public VoucherOrderView order(VoucherOrderId id) {
        return transactions.inTransaction(() -> {
            VoucherOrder order = orders.find(id).orElseThrow(() -> new NotFound("Order not found", "ORDER_NOT_FOUND"));
            return new VoucherOrderView(order, orders.payments(id));
        });
    }
}
