package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shop.Upsell;

import java.time.Clock;
import java.util.UUID;

/** Makes one of an upsell's images its default (the previous default stops being it). */
public final class MakeUpsellImageDefault {
    private final Upsells upsells;
    private final Transactions transactions;
    private final Clock clock;

    public MakeUpsellImageDefault(Upsells upsells, Transactions transactions, Clock clock) {
        this.upsells = upsells;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Upsell makeDefault(Caller caller, UUID upsellId, UUID imageId) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> {
            Upsell upsell = upsells.byIdForUpdate(upsellId).orElseThrow(() -> new NotFound(Upsell.NOT_FOUND));
            upsell.makeDefault(imageId, clock.instant());
            upsells.update(upsell);
            return upsell;
        });
    }
}
