package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.shared.NotFound;

/**
 * Removes a promotion (404 when unknown; 400 for the default, which another promotion must replace
 * first) and deletes its image object once the removal has committed.
 */
public final class DeletePromotion {
    private final Promotions promotions;
    private final ObjectStore objects;
    private final Transactions transactions;

    public DeletePromotion(Promotions promotions, ObjectStore objects, Transactions transactions) {
        this.promotions = promotions;
        this.objects = objects;
        this.transactions = transactions;
    }

    public void delete(Caller caller, PromotionId id) {
        StaffOnly.require(caller);
        String imageKey = transactions.inTransaction(() -> {
            Promotion promotion = promotions.byIdForUpdate(id).orElseThrow(() -> new NotFound("Promotion not found"));
            promotion.requireDeletable();
            promotions.delete(id);
            return promotion.imageKey();
        });
        StoredImages.deleteQuietly(objects, imageKey);
    }
}
