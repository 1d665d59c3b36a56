package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.Partner;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

/** The voucher partners, one page. */
public final class ListPartners {
    private final VoucherPartners partners;
    private final Transactions transactions;

    public ListPartners(VoucherPartners partners, Transactions transactions) {
        this.partners = partners;
        this.transactions = transactions;
    }

    public Page<Partner> list(PageRequest page) {
        return transactions.inTransaction(() -> partners.list(page));
    }
}
