package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellImage;

import java.util.List;
import java.util.UUID;

/** Deletes an upsell and then every stored object of its images. */
public final class DeleteUpsell {
    private final Upsells upsells;
    private final ObjectStore objects;
    private final Transactions transactions;

    public DeleteUpsell(Upsells upsells, ObjectStore objects, Transactions transactions) {
        this.upsells = upsells;
        this.objects = objects;
        this.transactions = transactions;
    }

    public void delete(Caller caller, UUID id) {
        PlatformStaff.require(caller);
        List<UpsellImage> images = transactions.inTransaction(() -> {
            Upsell upsell = upsells.byIdForUpdate(id).orElseThrow(() -> new NotFound(Upsell.NOT_FOUND));
            upsells.delete(id);
            return upsell.images();
        });
        UpsellImageObjects.deleteQuietly(objects, images);
    }
}
