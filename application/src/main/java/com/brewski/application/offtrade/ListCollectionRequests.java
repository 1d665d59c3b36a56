package com.brewski.application.offtrade;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.identity.Teams;
import com.brewski.application.shared.Sort;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

/** The requests routed to a team, with that team's notice status: its members, and platform staff. */
public final class ListCollectionRequests {
    /** The sort keys the list takes ({@code notifiedAt}: teams' pending requests last either way). */
    public static final java.util.List<String> SORT_KEYS = java.util.List.of("createdAt", "notifiedAt");

    private final CollectionRequests requests;
    private final Teams teams;
    private final TeamAccess access;
    private final Transactions transactions;

    public ListCollectionRequests(CollectionRequests requests, Teams teams, TeamAccess access, Transactions transactions) {
        this.requests = requests;
        this.teams = teams;
        this.access = access;
        this.transactions = transactions;
    }

    public Page<CollectionRequests.Listed> list(Caller caller, TeamId teamId, CollectionRequests.Filter filter, Sort sort,
                                                 PageRequest page) {
        return transactions.inTransaction(() -> {
            if (caller.hasPlatformAccess())
                teams.byId(teamId).filter(t -> !t.isPlatform()).orElseThrow(() -> new NotFound("Team not found"));
            else
                access.requireMember(caller, teamId);
            return requests.list(teamId, filter, sort, page);
        });
    }
}
