package com.brewski.application.identity;

import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;

import java.util.Optional;

/** Stored teams and their settings. */
public interface Teams {
    Optional<Team> byId(TeamId id);

    /** Locks the team row for the rest of the transaction and loads it. */
    Optional<Team> byIdForUpdate(TeamId id);

    /** The platform's own team (created by the schema). */
    TeamId platformTeamId();

    void insert(Team team);

    void update(Team team);
}
