package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellDetails;

import java.time.Clock;

/** Adds an upsell; its slug is made from the name when none is given, and must be free (409). */
public final class CreateUpsell {
    public static final String SLUG_TAKEN = "UPSELL_SLUG_TAKEN";

    private final Upsells upsells;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CreateUpsell(Upsells upsells, Transactions transactions, Clock clock, Ids ids) {
        this.upsells = upsells;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Upsell create(Caller caller, UpsellChange fields) {
        PlatformStaff.require(caller);
        UpsellDetails details = fields.created();
        return transactions.inTransaction(() -> {
            Upsell upsell = Upsell.create(ids.newId(), details, clock.instant());
            if (upsells.slugTaken(details.slug(), upsell.id())) throw slugTaken();
            upsells.insert(upsell);
            return upsell;
        });
    }

    static Conflict slugTaken() {
        return new Conflict("slug is already taken", SLUG_TAKEN);
    }
}
