package com.brewski.domain.fulfillment;

/** A voucher saved on an order item, with the partner it came from (null when unknown). */
public record Voucher(VoucherCode code, PartnerId partnerId) {
    public Voucher {
        java.util.Objects.requireNonNull(code, "code");
    }
}
