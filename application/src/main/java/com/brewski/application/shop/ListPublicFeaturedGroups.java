package com.brewski.application.shop;

import com.brewski.application.shared.Transactions;

import java.util.List;

/** The featured groups the storefront shows, for anyone: only placements that still hold. */
public final class ListPublicFeaturedGroups {
    private final ShopDirectory directory;
    private final Transactions transactions;

    public ListPublicFeaturedGroups(ShopDirectory directory, Transactions transactions) {
        this.directory = directory;
        this.transactions = transactions;
    }

    public List<ShopDirectory.PlacementView> list() {
        return transactions.inTransaction(directory::placements).stream().filter(ShopDirectory.PlacementView::valid).toList();
    }
}
