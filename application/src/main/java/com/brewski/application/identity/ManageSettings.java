package com.brewski.application.identity;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;

/** Reading (members) and changing (owners and admins) a team's settings. */
public final class ManageSettings {
    private final Teams teams;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public ManageSettings(Teams teams, TeamAccess access, Transactions transactions, Clock clock) {
        this.teams = teams;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Team get(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> access.requireMember(caller, teamId));
    }

    public Team update(Caller caller, TeamId teamId, SettingsChange change) {
        if (change.isEmpty()) throw new InvalidField("body", "at least one setting is required");
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Team team = teams.byIdForUpdate(teamId).orElseThrow(() -> new NotFound("Team not found"));
            team.changeSettings(change, clock.instant());
            teams.update(team);
            return team;
        });
    }
}
