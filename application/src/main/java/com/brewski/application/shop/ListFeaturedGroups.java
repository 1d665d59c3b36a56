package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;

import java.util.List;

/** The homepage's featured-group slots for operators, by position, with their team and group. */
public final class ListFeaturedGroups {
    private final ShopDirectory directory;
    private final Transactions transactions;

    public ListFeaturedGroups(ShopDirectory directory, Transactions transactions) {
        this.directory = directory;
        this.transactions = transactions;
    }

    public List<ShopDirectory.PlacementView> list(Caller caller) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(directory::placements);
    }
}
