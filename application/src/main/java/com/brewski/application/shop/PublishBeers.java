package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.TeamId;

import java.time.Clock;

/** An owner or admin puts every beer of the team on the public catalogue; answers how many were switched. */
public final class PublishBeers {
    private final BeerVisibility beers;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public PublishBeers(BeerVisibility beers, TeamAccess access, Transactions transactions, Clock clock) {
        this.beers = beers;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public int publish(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            return beers.showAll(teamId, clock.instant());
        });
    }
}
