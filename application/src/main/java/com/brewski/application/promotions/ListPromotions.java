package com.brewski.application.promotions;

import com.brewski.application.identity.Caller;
import com.brewski.application.promotions.Promotions.FeaturedTeam;
import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.application.shared.Transactions;

import java.util.List;
import java.util.Optional;

/**
 * Every scheduled promotion, latest start first, and — only while there is none — the oldest
 * brewery team, which the admin tooling offers as the first selection.
 */
public final class ListPromotions {
    private final Promotions promotions;
    private final Transactions transactions;

    public ListPromotions(Promotions promotions, Transactions transactions) {
        this.promotions = promotions;
        this.transactions = transactions;
    }

    public record Listing(List<PromotionView> promotions, Optional<FeaturedTeam> fallbackTeam) {}

    public Listing list(Caller caller) {
        StaffOnly.require(caller);
        return transactions.inTransaction(() -> {
            List<PromotionView> all = promotions.list();
            return new Listing(all, all.isEmpty() ? promotions.oldestBreweryTeam() : Optional.empty());
        });
    }
}
