package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.HomepagePromotionsRecord;
import com.brewski.application.promotions.Promotions;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionDetails;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.promotions.TextBackground;
import com.brewski.domain.promotions.TextColor;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Optional;

import static com.brewski.adapters.persistence.jooq.Tables.HOMEPAGE_PROMOTIONS;
import static com.brewski.adapters.persistence.jooq.Tables.HOMEPAGE_PROMOTION_DEFAULT_LOCK;
import static com.brewski.adapters.persistence.jooq.Tables.TEAMS;
import static com.brewski.adapters.persistence.jooq.Tables.USERS;

/**
 * Homepage promotions in {@code homepage_promotions}. The default slot is the one row of
 * {@code homepage_promotion_default_lock}, locked {@code FOR UPDATE}; the partial unique index on
 * {@code is_default} backs it up. Lists are one query joining the team and the author.
 */
public final class JooqPromotions implements Promotions {
    private final JooqTransactions transactions;

    public JooqPromotions(JooqPersistence persistence) {
        this.transactions = persistence.jooqTransactions();
    }

    @Override
    public void lockDefault() {
        transactions.dsl().selectOne().from(HOMEPAGE_PROMOTION_DEFAULT_LOCK)
                .where(HOMEPAGE_PROMOTION_DEFAULT_LOCK.ID.eq((short) 1))
                .forUpdate()
                .execute();
    }

    @Override
    public List<Promotion> defaults() {
        return transactions.dsl().selectFrom(HOMEPAGE_PROMOTIONS)
                .where(HOMEPAGE_PROMOTIONS.IS_DEFAULT.isTrue())
                .forUpdate()
                .fetch(JooqPromotions::toPromotion);
    }

    @Override
    public Optional<Promotion> byIdForUpdate(PromotionId id) {
        return transactions.dsl().selectFrom(HOMEPAGE_PROMOTIONS)
                .where(HOMEPAGE_PROMOTIONS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional(JooqPromotions::toPromotion);
    }

    @Override
    public void insert(Promotion promotion) {
        HomepagePromotionsRecord row = transactions.dsl().newRecord(HOMEPAGE_PROMOTIONS);
        row.setId(promotion.id().value());
        row.setCreatedBy(promotion.createdBy().value());
        row.setCreatedAt(promotion.createdAt());
        write(promotion, row);
        row.insert();
    }

    @Override
    public void update(Promotion promotion) {
        HomepagePromotionsRecord row = transactions.dsl().newRecord(HOMEPAGE_PROMOTIONS);
        write(promotion, row);
        int updated = transactions.dsl().update(HOMEPAGE_PROMOTIONS).set(row)
                .where(HOMEPAGE_PROMOTIONS.ID.eq(promotion.id().value()))
                .execute();
        if (updated == 0) throw new IllegalStateException("promotion " + promotion.id() + " is not stored");
    }

    @Override
    public void delete(PromotionId id) {
        transactions.dsl().deleteFrom(HOMEPAGE_PROMOTIONS).where(HOMEPAGE_PROMOTIONS.ID.eq(id.value())).execute();
    }

    @Override
    public List<PromotionView> list() {
        return views(DSL.trueCondition());
    }

    @Override
    public Optional<PromotionView> view(PromotionId id) {
        return views(HOMEPAGE_PROMOTIONS.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<FeaturedTeam> oldestBreweryTeam() {
        return transactions.dsl().select(TEAMS.ID, TEAMS.NAME, TEAMS.LOGO_KEY, TEAMS.PUBLIC_SLUG)
                .from(TEAMS)
                .where(TEAMS.IS_PLATFORM.isFalse())
                .orderBy(TEAMS.CREATED_AT.asc(), TEAMS.ID.asc())
                .limit(1)
                .fetchOptional(r -> new FeaturedTeam(new TeamId(r.get(TEAMS.ID)), r.get(TEAMS.NAME), r.get(TEAMS.LOGO_KEY),
                        r.get(TEAMS.PUBLIC_SLUG)));
    }

    private List<PromotionView> views(Condition where) {
        return transactions.dsl().select(HOMEPAGE_PROMOTIONS.fields())
                .select(TEAMS.NAME, TEAMS.LOGO_KEY, TEAMS.PUBLIC_SLUG, USERS.NAME)
                .from(HOMEPAGE_PROMOTIONS)
                .join(TEAMS).on(TEAMS.ID.eq(HOMEPAGE_PROMOTIONS.TEAM_ID))
                .join(USERS).on(USERS.ID.eq(HOMEPAGE_PROMOTIONS.CREATED_BY))
                .where(where)
                .orderBy(HOMEPAGE_PROMOTIONS.STARTS_AT.desc(), HOMEPAGE_PROMOTIONS.CREATED_AT.desc(), HOMEPAGE_PROMOTIONS.ID.desc())
                .fetch(JooqPromotions::toView);
    }

    private static PromotionView toView(Record r) {
        Promotion promotion = toPromotion(r.into(HOMEPAGE_PROMOTIONS));
        FeaturedTeam team = new FeaturedTeam(promotion.teamId(), r.get(TEAMS.NAME), r.get(TEAMS.LOGO_KEY), r.get(TEAMS.PUBLIC_SLUG));
        return new PromotionView(promotion, team, new Author(promotion.createdBy(), r.get(USERS.NAME)));
    }

    /** Every column but id, created_by and created_at. */
    private static void write(Promotion p, HomepagePromotionsRecord row) {
        PromotionDetails d = p.details();
        row.setTeamId(d.teamId().value());
        row.setStartsAt(d.startsAt());
        row.setImageKey(p.imageKey());
        row.setImageTitle(d.imageTitle());
        row.setImageDescription(d.imageDescription());
        row.setMainTitle(d.mainTitle());
        row.setMainDescription(d.mainDescription());
        row.setTextNeedsBackground(d.textNeedsBackground());
        row.setTextBackground(d.textBackground() == null ? null : d.textBackground().wire());
        row.setTextColor(d.textColor() == null ? null : d.textColor().wire());
        row.setIsDefault(p.isDefault());
        row.setUpdatedAt(p.updatedAt());
    }

    private static Promotion toPromotion(HomepagePromotionsRecord r) {
        PromotionDetails details = new PromotionDetails(new TeamId(r.getTeamId()), r.getStartsAt(), r.getMainTitle(),
                r.getMainDescription(), r.getImageTitle(), r.getImageDescription(), r.getTextNeedsBackground(),
                r.getTextBackground() == null ? null : TextBackground.parse("textBackground", r.getTextBackground()),
                r.getTextColor() == null ? null : TextColor.parse("textColor", r.getTextColor()));
        return Promotion.restore(new PromotionId(r.getId()), details, r.getImageKey(), r.getIsDefault(),
                new UserId(r.getCreatedBy()), r.getCreatedAt(), r.getUpdatedAt());
    }
}
