package com.brewski.application.shop;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.groups.BreweryGroup;

import java.util.List;

/** The storefront's brewery groups, for anyone: active and shop-visible. */
public final class ListPublicGroups {
    private final ShopDirectory directory;
    private final Transactions transactions;

    public ListPublicGroups(ShopDirectory directory, Transactions transactions) {
        this.directory = directory;
        this.transactions = transactions;
    }

    public List<BreweryGroup> list() {
        return transactions.inTransaction(directory::publicGroups);
    }
}
