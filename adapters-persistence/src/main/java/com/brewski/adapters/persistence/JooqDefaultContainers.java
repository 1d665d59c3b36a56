package com.brewski.adapters.persistence;

import com.brewski.application.catalogue.DefaultContainers;
import com.brewski.domain.catalogue.DefaultContainer;
import com.brewski.domain.identity.TeamId;

import java.util.List;

import static com.brewski.adapters.persistence.jooq.Tables.CONTAINERS;
import static com.brewski.adapters.persistence.jooq.Tables.TEAM_DEFAULT_CONTAINERS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;

/** A team's default containers (containers with {@code is_default}) joined to its stored choices. */
final class JooqDefaultContainers implements DefaultContainers {
    private final JooqTransactions transactions;

    JooqDefaultContainers(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<DefaultContainer> of(TeamId teamId) {
        return transactions.dsl()
                .select(CONTAINERS.ID, TEAM_DEFAULT_CONTAINERS.PRICE_MINOR, coalesce(TEAM_DEFAULT_CONTAINERS.SELECTED, inline(true)))
                .from(CONTAINERS)
                .leftJoin(TEAM_DEFAULT_CONTAINERS).on(TEAM_DEFAULT_CONTAINERS.CONTAINER_ID.eq(CONTAINERS.ID)
                        .and(TEAM_DEFAULT_CONTAINERS.TEAM_ID.eq(CONTAINERS.TEAM_ID)))
                .where(CONTAINERS.TEAM_ID.eq(teamId.value()))
                .and(CONTAINERS.IS_DEFAULT.isTrue())
                .orderBy(CONTAINERS.CREATED_AT, CONTAINERS.ID)
                .fetch(r -> new DefaultContainer(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public void save(TeamId teamId, List<DefaultContainer> choices) {
        if (choices.isEmpty()) return;
        var insert = transactions.dsl().insertInto(TEAM_DEFAULT_CONTAINERS, TEAM_DEFAULT_CONTAINERS.TEAM_ID,
                TEAM_DEFAULT_CONTAINERS.CONTAINER_ID, TEAM_DEFAULT_CONTAINERS.PRICE_MINOR, TEAM_DEFAULT_CONTAINERS.SELECTED);
        for (DefaultContainer c : choices) insert = insert.values(teamId.value(), c.id(), c.priceMinor(), c.selected());
        insert.onConflict(TEAM_DEFAULT_CONTAINERS.TEAM_ID, TEAM_DEFAULT_CONTAINERS.CONTAINER_ID).doUpdate()
                .set(TEAM_DEFAULT_CONTAINERS.PRICE_MINOR, excluded(TEAM_DEFAULT_CONTAINERS.PRICE_MINOR))
                .set(TEAM_DEFAULT_CONTAINERS.SELECTED, excluded(TEAM_DEFAULT_CONTAINERS.SELECTED))
                .execute();
    }
}
