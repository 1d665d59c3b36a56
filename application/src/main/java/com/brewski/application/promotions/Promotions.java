package com.brewski.application.promotions;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionId;

import java.util.List;
import java.util.Optional;

/** Stored homepage promotions, with the team and author each one shows. */
public interface Promotions {
    /**
     * Locks the platform's one default slot for the rest of the transaction: every transaction that
     * may change which promotion is the default takes it first, so they queue instead of racing.
     */
    void lockDefault();

    /** The promotions marked default (at most one; call {@link #lockDefault} first when changing it). */
    List<Promotion> defaults();

    /** Locks the promotion's row for the rest of the transaction and loads it. */
    Optional<Promotion> byIdForUpdate(PromotionId id);

    void insert(Promotion promotion);

    void update(Promotion promotion);

    void delete(PromotionId id);

    /** Every promotion with its team and author, latest {@code startsAt} first: one query. */
    List<PromotionView> list();

    Optional<PromotionView> view(PromotionId id);

    /** The oldest brewery team (never the platform's own), offered when there is no promotion yet. */
    Optional<FeaturedTeam> oldestBreweryTeam();

    /** A promotion as the routes show it: with its team and the user who created it. */
    record PromotionView(Promotion promotion, FeaturedTeam team, Author createdBy) {}

    /** The promoted team; {@code logoKey} is null without a logo. */
    record FeaturedTeam(TeamId id, String name, String logoKey, String publicSlug) {}

    record Author(UserId id, String name) {}
}
