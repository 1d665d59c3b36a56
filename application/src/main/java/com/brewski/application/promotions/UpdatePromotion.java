package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.Teams;
import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionChange;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Changes any subset of a promotion's details and may replace its image: 400 when nothing is
 * supplied, 404 for an unknown promotion or team. A new image is stored under a new key before the
 * row points at it; the replaced object is deleted once the change has committed.
 */
public final class UpdatePromotion {
    private final Promotions promotions;
    private final Teams teams;
    private final ObjectStore objects;
    private final Images images;
    private final Transactions transactions;
    private final Clock clock;

    public UpdatePromotion(Promotions promotions, Teams teams, ObjectStore objects, Images images,
                           Transactions transactions, Clock clock) {
        this.promotions = promotions;
        this.teams = teams;
        this.objects = objects;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PromotionView update(Caller caller, PromotionId id, PromotionChange change, Optional<byte[]> image) {
        StaffOnly.require(caller);
        if (change.isEmpty() && image.isEmpty()) throw new InvalidField("body", "no fields supplied");
        Optional<PromotionImageUpload> upload = image.map(bytes -> PromotionImageUpload.check(bytes, images));
        Replaced replaced = transactions.inTransaction(() -> {
            Promotion promotion = promotions.byIdForUpdate(id).orElseThrow(() -> new NotFound("Promotion not found"));
            if (change.teamId() instanceof Patch.Set<TeamId>(TeamId teamId) && teamId != null) PromotedTeams.require(teams, teamId);
            Instant now = clock.instant();
            promotion.change(change, now);
            Optional<String> previous = Optional.empty();
            if (upload.isPresent()) {
                String key = promotion.nextImageKey(upload.get().inspected().type(), now);
                objects.put(key, upload.get().content(), upload.get().inspected().type().contentType());
                transactions.afterRollback(() -> StoredImages.deleteQuietly(objects, key));
                previous = Optional.of(promotion.imageKey());
                promotion.replaceImage(key, now);
            }
            promotions.update(promotion);
            return new Replaced(promotions.view(id).orElseThrow(), previous);
        });
        replaced.previousKey().ifPresent(key -> StoredImages.deleteQuietly(objects, key));
        return replaced.view();
    }

    private record Replaced(PromotionView view, Optional<String> previousKey) {}
}
