package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellImage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Removes an image of an upsell (the first remaining image becomes the default when it was the
 * default), then deletes its two stored objects.
 */
public final class DeleteUpsellImage {
    private final Upsells upsells;
    private final ObjectStore objects;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteUpsellImage(Upsells upsells, ObjectStore objects, Transactions transactions, Clock clock) {
        this.upsells = upsells;
        this.objects = objects;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Removed(Upsell upsell, UpsellImage image) {}

    public Upsell delete(Caller caller, UUID upsellId, UUID imageId) {
        PlatformStaff.require(caller);
        Removed removed = transactions.inTransaction(() -> {
            Upsell upsell = upsells.byIdForUpdate(upsellId).orElseThrow(() -> new NotFound(Upsell.NOT_FOUND));
            UpsellImage image = upsell.removeImage(imageId, clock.instant());
            upsells.update(upsell);
            return new Removed(upsell, image);
        });
        UpsellImageObjects.deleteQuietly(objects, List.of(removed.image()));
        return removed.upsell();
    }
}
