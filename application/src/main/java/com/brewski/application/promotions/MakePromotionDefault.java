package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.promotions.DefaultPromotion;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.List;

/**
 * Makes a promotion the platform default, demoting the previous one. The default slot is locked
 * first, so concurrent calls (on any number of server instances) queue and exactly one promotion
 * is the default after each of them; the database's unique index on the default backs this up.
 */
public final class MakePromotionDefault {
    private final Promotions promotions;
    private final Transactions transactions;
    private final Clock clock;

    public MakePromotionDefault(Promotions promotions, Transactions transactions, Clock clock) {
        this.promotions = promotions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Result(PromotionView promotion, List<PromotionId> demotedPromotionIds) {}

    public Result makeDefault(Caller caller, PromotionId id) {
        StaffOnly.require(caller);
        return transactions.inTransaction(() -> {
            promotions.lockDefault();
            Promotion target = promotions.byIdForUpdate(id).orElseThrow(() -> new NotFound("Promotion not found"));
            DefaultPromotion change = DefaultPromotion.make(target, promotions.defaults(), clock.instant());
            change.demoted().forEach(promotions::update); // demoted first: never two defaults, even for a moment
            promotions.update(change.promoted());
            return new Result(promotions.view(id).orElseThrow(), change.demotedIds());
        });
    }
}
