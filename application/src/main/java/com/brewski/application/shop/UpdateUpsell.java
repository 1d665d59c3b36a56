package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellDetails;

import java.time.Clock;
import java.util.UUID;

/** Changes any subset of an upsell's fields. */
public final class UpdateUpsell {
    private final Upsells upsells;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateUpsell(Upsells upsells, Transactions transactions, Clock clock) {
        this.upsells = upsells;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Upsell update(Caller caller, UUID id, UpsellChange change) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> {
            Upsell upsell = upsells.byIdForUpdate(id).orElseThrow(() -> new NotFound(Upsell.NOT_FOUND));
            UpsellDetails details = change.applyTo(upsell.details());
            if (!details.slug().equals(upsell.details().slug()) && upsells.slugTaken(details.slug(), id))
                throw CreateUpsell.slugTaken();
            upsell.change(details, clock.instant());
            upsells.update(upsell);
            return upsell;
        });
    }
}
