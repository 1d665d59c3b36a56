package com.brewski.adapters.persistence;

import com.brewski.application.shop.BeerVisibility;
import com.brewski.domain.identity.TeamId;

import java.time.Instant;

import static com.brewski.adapters.persistence.jooq.Tables.BEERS;

/** One statement: only beers not yet public are switched and counted. */
final class JooqBeerVisibility implements BeerVisibility {
    private final JooqTransactions transactions;

    JooqBeerVisibility(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public int showAll(TeamId teamId, Instant now) {
        return transactions.dsl().update(BEERS)
                .set(BEERS.SHOW_PUBLIC, true)
                .set(BEERS.UPDATED_AT, now)
                .where(BEERS.TEAM_ID.eq(teamId.value()).and(BEERS.SHOW_PUBLIC.isFalse()))
                .execute();
    }
}
