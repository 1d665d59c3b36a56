package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherPayment;

import java.util.List;

/** An order as the admin routes show it: the order with its items and vouchers, and its payments. */
public record VoucherOrderView(VoucherOrder order, List<VoucherPayment> payments) {
    public VoucherOrderView {
        payments = List.copyOf(payments);
    }
}
