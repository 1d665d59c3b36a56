package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.VoucherProduct;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

/** The voucher products with their variants, one page. */
public final class ListVoucherProducts {
    private final VoucherCatalogue catalogue;
    private final Transactions transactions;

    public ListVoucherProducts(VoucherCatalogue catalogue, Transactions transactions) {
        this.catalogue = catalogue;
        this.transactions = transactions;
    }

    public Page<VoucherProduct> list(PageRequest page) {
        return transactions.inTransaction(() -> catalogue.products(page));
    }
}
