package com.brewski.application.testing;

import com.brewski.application.identity.Teams;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTeams implements Teams {
    public static final TeamId PLATFORM = new TeamId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private final Map<TeamId, Team> teams = new ConcurrentHashMap<>();

    public InMemoryTeams() {
        Instant epoch = Instant.parse("2025-01-01T00:00:00Z");
        teams.put(PLATFORM, Team.restore(PLATFORM, true, TeamSettings.defaults("Brewski platform"), null, epoch, epoch));
    }

    @Override
    public Optional<Team> byId(TeamId id) {
        return Optional.ofNullable(teams.get(id));
    }

    @Override
    public Optional<Team> byIdForUpdate(TeamId id) {
        return byId(id);
    }

    @Override
    public TeamId platformTeamId() {
        return PLATFORM;
    }

    @Override
    public void insert(Team team) {
        teams.put(team.id(), team);
    }

    @Override
    public void update(Team team) {
        teams.put(team.id(), team);
    }

    /** Every stored team, the platform's own included. */
    public java.util.Collection<Team> all() {
        return java.util.List.copyOf(teams.values());
    }
}
