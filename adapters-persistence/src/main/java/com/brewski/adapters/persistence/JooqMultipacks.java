package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.MultipacksRecord;
import com.brewski.application.catalogue.Multipacks;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.Field;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.MULTIPACKS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDER_ITEMS;
import static com.brewski.adapters.persistence.jooq.Tables.PRICEBOOK_ITEMS;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

/** Multipacks in the {@code multipacks} table. */
final class JooqMultipacks implements Multipacks {
    private static final Map<String, Field<?>> SORT_KEYS = Map.of("name", MULTIPACKS.NAME, "createdAt", MULTIPACKS.CREATED_AT);

    /** No price or order line refers to the multipack row. */
    private static final Condition UNUSED =
            notExists(selectOne().from(PRICEBOOK_ITEMS).where(PRICEBOOK_ITEMS.MULTIPACK_ID.eq(MULTIPACKS.ID)))
                    .and(notExists(selectOne().from(ORDER_ITEMS).where(ORDER_ITEMS.MULTIPACK_ID.eq(MULTIPACKS.ID))));

    private final JooqTransactions transactions;

    JooqMultipacks(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<Multipack> list(TeamId teamId, Sort sort, PageRequest page) {
        Condition ofTeam = MULTIPACKS.TEAM_ID.eq(teamId.value());
        List<Multipack> results = transactions.dsl().selectFrom(MULTIPACKS)
                .where(ofTeam)
                .orderBy(JooqLists.orderBy(sort, SORT_KEYS, MULTIPACKS.ID))
                .limit(page.pageSize())
                .offset(page.offset())
                .fetch(JooqMultipacks::toMultipack);
        long total = transactions.dsl().fetchCount(MULTIPACKS, ofTeam);
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    @Override
    public Optional<Multipack> byId(UUID id) {
        return transactions.dsl().selectFrom(MULTIPACKS).where(MULTIPACKS.ID.eq(id)).fetchOptional().map(JooqMultipacks::toMultipack);
    }

    @Override
    public void insert(Multipack multipack) {
        transactions.dsl().insertInto(MULTIPACKS)
                .set(MULTIPACKS.ID, multipack.id())
                .set(MULTIPACKS.TEAM_ID, multipack.teamId().value())
                .set(MULTIPACKS.NAME, multipack.name())
                .set(MULTIPACKS.PACK_SIZE, multipack.packSize())
                .set(MULTIPACKS.BEER_ID, multipack.beerId())
                .set(MULTIPACKS.CONTAINER_ID, multipack.containerId())
                .set(MULTIPACKS.DEFAULT_PRICE_MINOR, multipack.defaultPriceMinor())
                .set(MULTIPACKS.CREATED_AT, multipack.createdAt())
                .set(MULTIPACKS.UPDATED_AT, multipack.updatedAt())
                .execute();
    }

    @Override
    public void update(Multipack multipack) {
        int updated = transactions.dsl().update(MULTIPACKS)
                .set(MULTIPACKS.NAME, multipack.name())
                .set(MULTIPACKS.PACK_SIZE, multipack.packSize())
                .set(MULTIPACKS.BEER_ID, multipack.beerId())
                .set(MULTIPACKS.CONTAINER_ID, multipack.containerId())
                .set(MULTIPACKS.DEFAULT_PRICE_MINOR, multipack.defaultPriceMinor())
                .set(MULTIPACKS.UPDATED_AT, multipack.updatedAt())
                .where(MULTIPACKS.ID.eq(multipack.id()))
                .execute();
        if (updated == 0) throw new IllegalStateException("multipack " + multipack.id() + " is not stored");
    }

    /**
     * Locks the row, then one DELETE … WHERE NOT EXISTS; the lock waits out a transaction adding a
     * reference, so a race answers false rather than failing on the foreign key.
     */
    @Override
    public boolean deleteIfUnused(UUID id) {
        return transactions.inTransaction(() -> {
            transactions.dsl().select(MULTIPACKS.ID).from(MULTIPACKS).where(MULTIPACKS.ID.eq(id)).forUpdate().fetch();
            return transactions.dsl().deleteFrom(MULTIPACKS).where(MULTIPACKS.ID.eq(id)).and(UNUSED).execute() == 1;
        });
    }

    static Multipack toMultipack(MultipacksRecord row) {
        return new Multipack(row.getId(), new TeamId(row.getTeamId()), row.getName(), row.getPackSize(), row.getBeerId(),
                row.getContainerId(), row.getDefaultPriceMinor(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
