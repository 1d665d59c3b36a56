package com.brewski.application.heroes;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.heroes.Hero;

import java.util.List;

/** The carousel in order, for the admin tooling and for the storefront. */
public final class ListHeroes {
    private final Heroes heroes;
    private final Transactions transactions;

    public ListHeroes(Heroes heroes, Transactions transactions) {
        this.heroes = heroes;
        this.transactions = transactions;
    }

    public List<Hero> list(Caller caller) {
        StaffOnly.require(caller);
        return forStorefront();
    }

    public List<Hero> forStorefront() {
        return transactions.inTransaction(heroes::all);
    }
}
