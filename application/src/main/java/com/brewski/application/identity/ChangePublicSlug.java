package com.brewski.application.identity;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;

/**
 * An owner or admin moves their team to another public slug. The slug is locked while it is
 * checked, so two teams asking for the same one at once get it once: the other is told it is taken (409).
 */
public final class ChangePublicSlug {
    public static final String TAKEN_CODE = "PUBLIC_SLUG_TAKEN";

    private final Teams teams;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public ChangePublicSlug(Teams teams, TeamAccess access, Transactions transactions, Clock clock) {
        this.teams = teams;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Team change(Caller caller, TeamId teamId, PublicSlug slug) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Team team = teams.byIdForUpdate(teamId).orElseThrow(() -> new NotFound("Team not found"));
            if (team.publicSlug().equals(slug)) return team;
            teams.holderOf(slug).filter(holder -> !holder.equals(teamId)).ifPresent(holder -> {
                throw new Conflict("publicSlug is already taken", TAKEN_CODE);
            });
            team.changePublicSlug(slug, clock.instant());
            teams.update(team);
            return team;
        });
    }
}
