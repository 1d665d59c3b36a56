package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.VoucherProduct;

import java.time.Clock;

/** Adds a voucher product to the catalogue. */
public final class CreateVoucherProduct {
    private final VoucherCatalogue catalogue;
    private final Transactions transactions;
    private final Clock clock;

    public CreateVoucherProduct(VoucherCatalogue catalogue, Transactions transactions, Clock clock) {
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.clock = clock;
    }

    public VoucherProduct create(VoucherProduct.Draft draft) {
        return transactions.inTransaction(() -> catalogue.addProduct(draft, clock.instant()));
    }
}
