package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shop.TeamSearch;

import java.util.List;

/** Finds brewery teams by name or public slug, for operators scheduling the homepage. */
public final class SearchTeams {
    private final ShopDirectory directory;
    private final Transactions transactions;

    public SearchTeams(ShopDirectory directory, Transactions transactions) {
        this.directory = directory;
        this.transactions = transactions;
    }

    public List<ShopDirectory.TeamCard> search(Caller caller, TeamSearch search) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> directory.searchTeams(search));
    }
}
