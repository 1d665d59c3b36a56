package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.VoucherCode;

import java.util.List;

/** The codes an operator entered for one item, each with the partner it came from (or null). */
public record ManualCodes(OrderItemId orderItemId, List<Entry> codes) {
    public ManualCodes {
        codes = List.copyOf(codes);
    }

    public record Entry(VoucherCode code, PartnerId partnerId) {}
}
