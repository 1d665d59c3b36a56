package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shop.SlotPosition;

/** Empties a homepage slot; an empty slot stays empty. */
public final class ClearFeaturedSlot {
    private final FeaturedPlacements placements;
    private final Transactions transactions;

    public ClearFeaturedSlot(FeaturedPlacements placements, Transactions transactions) {
        this.placements = placements;
        this.transactions = transactions;
    }

    public void clear(Caller caller, SlotPosition position) {
        PlatformStaff.require(caller);
        transactions.run(() -> placements.clear(position));
    }
}
