package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.Teams;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.NotFound;

import java.util.List;

/** A team's shop-visible groups with its membership status, for the homepage editor (operators). */
public final class ListTeamShopGroups {
    private final Teams teams;
    private final ShopDirectory directory;
    private final Transactions transactions;

    public ListTeamShopGroups(Teams teams, ShopDirectory directory, Transactions transactions) {
        this.teams = teams;
        this.directory = directory;
        this.transactions = transactions;
    }

    public List<ShopDirectory.TeamGroup> list(Caller caller, TeamId teamId) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> {
            teams.byId(teamId).filter(t -> !t.isPlatform()).orElseThrow(() -> new NotFound("Team not found"));
            return directory.shopGroupsOf(teamId);
        });
    }
}
