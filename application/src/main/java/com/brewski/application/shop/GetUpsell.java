package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shop.Upsell;

import java.util.UUID;

/** One upsell for operators. */
public final class GetUpsell {
    private final Upsells upsells;
    private final Transactions transactions;

    public GetUpsell(Upsells upsells, Transactions transactions) {
        this.upsells = upsells;
        this.transactions = transactions;
    }

    public Upsell get(Caller caller, UUID id) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> upsells.byId(id).orElseThrow(() -> new NotFound(Upsell.NOT_FOUND)));
    }
}
