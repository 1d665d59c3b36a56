package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shop.Upsell;

import java.util.List;

/** The upsell catalogue for operators, by display order then name; inactive ones when asked. */
public final class ListUpsells {
    private final Upsells upsells;
    private final Transactions transactions;

    public ListUpsells(Upsells upsells, Transactions transactions) {
        this.upsells = upsells;
        this.transactions = transactions;
    }

    public List<Upsell> list(Caller caller, boolean includeInactive) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> upsells.list(includeInactive));
    }
}
