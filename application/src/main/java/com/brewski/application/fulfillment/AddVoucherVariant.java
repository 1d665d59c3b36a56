package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.VoucherProductId;
import com.brewski.domain.fulfillment.VoucherVariant;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;

/** Adds a variant (a denomination) to a voucher product. */
public final class AddVoucherVariant {
    private final VoucherCatalogue catalogue;
    private final Transactions transactions;
    private final Clock clock;

    public AddVoucherVariant(VoucherCatalogue catalogue, Transactions transactions, Clock clock) {
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.clock = clock;
    }

    public VoucherVariant add(VoucherProductId productId, VoucherVariant.Draft draft) {
        return transactions.inTransaction(() -> {
            if (!catalogue.productExists(productId)) throw new NotFound("Voucher product not found", "PRODUCT_NOT_FOUND");
            return catalogue.addVariant(productId, draft, clock.instant());
        });
    }
}
