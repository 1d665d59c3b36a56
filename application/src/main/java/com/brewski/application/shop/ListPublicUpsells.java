package com.brewski.application.shop;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.shop.CouplerType;
import com.brewski.domain.shop.Upsell;

import java.util.List;
import java.util.Optional;

/** The storefront's upsells, for anyone: active ones only, of one coupler type when asked. */
public final class ListPublicUpsells {
    private final Upsells upsells;
    private final Transactions transactions;

    public ListPublicUpsells(Upsells upsells, Transactions transactions) {
        this.upsells = upsells;
        this.transactions = transactions;
    }

    public List<Upsell> list(Optional<CouplerType> couplerType) {
        List<Upsell> active = transactions.inTransaction(() -> upsells.list(false));
        return active.stream()
                .filter(u -> couplerType.isEmpty() || couplerType.get() == u.details().couplerType())
                .toList();
    }
}
