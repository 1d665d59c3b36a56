package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.ContainersRecord;
import com.brewski.application.catalogue.Containers;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.BEER_STOCK;
import static com.brewski.adapters.persistence.jooq.Tables.CONTAINERS;
import static com.brewski.adapters.persistence.jooq.Tables.CONTAINER_RETURNS;
import static com.brewski.adapters.persistence.jooq.Tables.MULTIPACKS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDER_ITEMS;
import static com.brewski.adapters.persistence.jooq.Tables.PRICEBOOK_ITEMS;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

/** Containers in the {@code containers} table. */
final class JooqContainers implements Containers {
    private static final Map<String, Field<?>> SORT_KEYS = Map.of(
            "name", CONTAINERS.NAME, "volumeMl", CONTAINERS.VOLUME_ML, "createdAt", CONTAINERS.CREATED_AT);

    /** Nothing refers to the container row: no stock level, multipack, price or order line. */
    private static final Condition UNUSED =
            notExists(selectOne().from(BEER_STOCK).where(BEER_STOCK.CONTAINER_ID.eq(CONTAINERS.ID)))
                    .and(notExists(selectOne().from(MULTIPACKS).where(MULTIPACKS.CONTAINER_ID.eq(CONTAINERS.ID))))
                    .and(notExists(selectOne().from(PRICEBOOK_ITEMS).where(PRICEBOOK_ITEMS.CONTAINER_ID.eq(CONTAINERS.ID))))
                    .and(notExists(selectOne().from(ORDER_ITEMS).where(ORDER_ITEMS.CONTAINER_ID.eq(CONTAINERS.ID))))
                    .and(notExists(selectOne().from(CONTAINER_RETURNS).where(CONTAINER_RETURNS.CONTAINER_ID.eq(CONTAINERS.ID))));

    private final JooqTransactions transactions;

    JooqContainers(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<Container> list(TeamId teamId, Sort sort, PageRequest page) {
        Condition ofTeam = CONTAINERS.TEAM_ID.eq(teamId.value());
        List<Container> results = transactions.dsl().selectFrom(CONTAINERS)
                .where(ofTeam)
                .orderBy(JooqLists.orderBy(sort, SORT_KEYS, CONTAINERS.ID))
                .limit(page.pageSize())
                .offset(page.offset())
                .fetch(JooqContainers::toContainer);
        long total = transactions.dsl().fetchCount(CONTAINERS, ofTeam);
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    @Override
    public List<Container> all(TeamId teamId) {
        return transactions.dsl().selectFrom(CONTAINERS)
                .where(CONTAINERS.TEAM_ID.eq(teamId.value()))
                .orderBy(CONTAINERS.NAME, CONTAINERS.ID)
                .fetch(JooqContainers::toContainer);
    }

    @Override
    public Optional<Container> byId(UUID id) {
        return transactions.dsl().selectFrom(CONTAINERS)
                .where(CONTAINERS.ID.eq(id))
                .fetchOptional()
                .map(JooqContainers::toContainer);
    }

    /** One multi-row INSERT. */
    @Override
    public void insertAll(List<Container> containers) {
        if (containers.isEmpty()) return;
        InsertSetMoreStep<ContainersRecord> insert = transactions.dsl().insertInto(CONTAINERS).set(toRecord(containers.getFirst()));
        for (Container container : containers.subList(1, containers.size())) insert = insert.newRecord().set(toRecord(container));
        insert.execute();
    }

    @Override
    public void update(Container container) {
        int updated = transactions.dsl().update(CONTAINERS)
                .set(CONTAINERS.NAME, container.name())
                .set(CONTAINERS.CONTAINER_TYPE, container.containerType().wire())
                .set(CONTAINERS.VOLUME_ML, container.volumeMl())
                .set(CONTAINERS.DEFAULT_BBE_MONTHS, container.defaultBbeMonths())
                .set(CONTAINERS.IS_DEFAULT, container.isDefault())
                .set(CONTAINERS.IS_RETURNABLE, container.isReturnable())
                .set(CONTAINERS.DEPOSIT_MINOR, container.depositMinor())
                .set(CONTAINERS.UPDATED_AT, container.updatedAt())
                .where(CONTAINERS.ID.eq(container.id()))
                .execute();
        if (updated == 0) throw new IllegalStateException("container " + container.id() + " is not stored");
    }

    /**
     * Locks the row first, then deletes it only if unused, in one DELETE … WHERE NOT EXISTS. The lock
     * waits for any transaction that is adding a reference (its foreign-key check holds a key-share
     * lock on the row), so the DELETE, taking its snapshot after that, sees the reference and refuses
     * instead of failing on the foreign key.
     */
    @Override
    public boolean deleteIfUnused(UUID id) {
        return transactions.inTransaction(() -> {
            transactions.dsl().select(CONTAINERS.ID).from(CONTAINERS).where(CONTAINERS.ID.eq(id)).forUpdate().fetch();
            return transactions.dsl().deleteFrom(CONTAINERS)
                    .where(CONTAINERS.ID.eq(id))
                    .and(UNUSED)
                    .execute() == 1;
        });
    }

    /** As {@link #deleteIfUnused}, for all the team's containers (locked in id order, so concurrent calls queue). */
    @Override
    public int deleteUnused(TeamId teamId) {
        return transactions.inTransaction(() -> {
            Condition ofTeam = CONTAINERS.TEAM_ID.eq(teamId.value());
            transactions.dsl().select(CONTAINERS.ID).from(CONTAINERS).where(ofTeam).orderBy(CONTAINERS.ID).forUpdate().fetch();
            return transactions.dsl().deleteFrom(CONTAINERS).where(ofTeam).and(UNUSED).execute();
        });
    }

    private ContainersRecord toRecord(Container c) {
        return transactions.dsl().newRecord(CONTAINERS)
                .setId(c.id())
                .setTeamId(c.teamId().value())
                .setName(c.name())
                .setContainerType(c.containerType().wire())
                .setVolumeMl(c.volumeMl())
                .setDefaultBbeMonths(c.defaultBbeMonths())
                .setIsDefault(c.isDefault())
                .setIsReturnable(c.isReturnable())
                .setDepositMinor(c.depositMinor())
                .setCreatedAt(c.createdAt())
                .setUpdatedAt(c.updatedAt());
    }

    static Container toContainer(ContainersRecord row) {
        return new Container(row.getId(), new TeamId(row.getTeamId()), row.getName(),
                ContainerType.parse("containerType", row.getContainerType()), row.getVolumeMl(),
                row.getDefaultBbeMonths(), row.getIsDefault(), row.getIsReturnable(), row.getDepositMinor(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
