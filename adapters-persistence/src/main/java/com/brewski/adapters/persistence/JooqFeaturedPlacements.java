package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.ShopFeaturedGroupsRecord;
import com.brewski.application.shop.FeaturedPlacements;
import com.brewski.application.shop.PlaceFeaturedGroup;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shop.FeaturedPlacement;
import com.brewski.domain.shop.SlotPosition;
import org.jooq.exception.DataAccessException;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.SHOP_FEATURED_GROUPS;

/**
 * The homepage slots in {@code shop_featured_groups}: unique on position (an upsert replaces a slot)
 * and on group (a group in two slots is refused by the database, whichever request comes second).
 */
final class JooqFeaturedPlacements implements FeaturedPlacements {
    private final JooqTransactions transactions;

    JooqFeaturedPlacements(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<FeaturedPlacement> all() {
        return transactions.dsl().selectFrom(SHOP_FEATURED_GROUPS).orderBy(SHOP_FEATURED_GROUPS.POSITION)
                .fetch(JooqFeaturedPlacements::toPlacement);
    }

    @Override
    public Optional<FeaturedPlacement> atForUpdate(SlotPosition position) {
        return transactions.dsl().selectFrom(SHOP_FEATURED_GROUPS).where(SHOP_FEATURED_GROUPS.POSITION.eq(position.value()))
                .forUpdate().fetchOptional(JooqFeaturedPlacements::toPlacement);
    }

    @Override
    public void save(FeaturedPlacement p) {
        try {
            transactions.dsl().insertInto(SHOP_FEATURED_GROUPS, SHOP_FEATURED_GROUPS.ID, SHOP_FEATURED_GROUPS.POSITION,
                            SHOP_FEATURED_GROUPS.TEAM_ID, SHOP_FEATURED_GROUPS.GROUP_ID, SHOP_FEATURED_GROUPS.CREATED_AT,
                            SHOP_FEATURED_GROUPS.UPDATED_AT)
                    .values(p.id(), p.position().value(), p.teamId().value(), p.groupId(), p.createdAt(), p.updatedAt())
                    .onConflict(SHOP_FEATURED_GROUPS.POSITION).doUpdate()
                    .set(SHOP_FEATURED_GROUPS.TEAM_ID, p.teamId().value())
                    .set(SHOP_FEATURED_GROUPS.GROUP_ID, p.groupId())
                    .set(SHOP_FEATURED_GROUPS.UPDATED_AT, p.updatedAt())
                    .execute();
        } catch (DataAccessException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())
                        && String.valueOf(sql.getMessage()).contains("shop_featured_groups_group_id_key")) {
                    var conflict = PlaceFeaturedGroup.inOtherSlot();
                    conflict.addSuppressed(e);
                    throw conflict;
                }
            }
            throw e;
        }
    }

    @Override
    public void clear(SlotPosition position) {
        transactions.dsl().deleteFrom(SHOP_FEATURED_GROUPS).where(SHOP_FEATURED_GROUPS.POSITION.eq(position.value())).execute();
    }

    @Override
    public void clearGroup(UUID groupId) {
        transactions.dsl().deleteFrom(SHOP_FEATURED_GROUPS).where(SHOP_FEATURED_GROUPS.GROUP_ID.eq(groupId)).execute();
    }

    private static FeaturedPlacement toPlacement(ShopFeaturedGroupsRecord row) {
        return new FeaturedPlacement(row.getId(), new SlotPosition(row.getPosition()), new TeamId(row.getTeamId()),
                row.getGroupId(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
