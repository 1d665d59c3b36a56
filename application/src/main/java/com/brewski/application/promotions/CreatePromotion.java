package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.Teams;
import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionDetails;
import com.brewski.domain.promotions.PromotionId;

import java.time.Clock;
import java.time.Instant;

/**
 * Schedules a promotion. The image is checked before the transaction; inside it the team must
 * exist (404), the default slot is locked (the first promotion created while none is the default
 * becomes it, also when two are created at once), and the image is stored as uploaded under
 * {@code promotions/<id>-<epochSeconds>.<ext>} before the row points at it (a rollback deletes it).
 */
public final class CreatePromotion {
    private final Promotions promotions;
    private final Teams teams;
    private final ObjectStore objects;
    private final Images images;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CreatePromotion(Promotions promotions, Teams teams, ObjectStore objects, Images images,
                           Transactions transactions, Clock clock, Ids ids) {
        this.promotions = promotions;
        this.teams = teams;
        this.objects = objects;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public PromotionView create(Caller caller, PromotionDetails details, byte[] image) {
        StaffOnly.require(caller);
        PromotionImageUpload upload = PromotionImageUpload.check(image, images);
        PromotionId id = new PromotionId(ids.newId());
        return transactions.inTransaction(() -> {
            PromotedTeams.require(teams, details.teamId());
            promotions.lockDefault();
            boolean noDefaultYet = promotions.defaults().isEmpty();
            Instant now = clock.instant();
            String key = Promotion.imageKeyFor(id, upload.inspected().type(), now);
            objects.put(key, upload.content(), upload.inspected().type().contentType());
            transactions.afterRollback(() -> StoredImages.deleteQuietly(objects, key));
            promotions.insert(Promotion.create(id, details, key, caller.userId(), noDefaultYet, now));
            return promotions.view(id).orElseThrow();
        });
    }
}
