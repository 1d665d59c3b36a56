package com.brewski.application.testing;

import com.brewski.application.identity.Teams;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;

import java.time.Instant;
import java.util.List;
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
    public List<PublicSlug> slugsLike(PublicSlug base) {
        return teams.values().stream().map(Team::publicSlug)
                .filter(s -> s.equals(base) || s.value().matches(java.util.regex.Pattern.quote(base.value()) + "-[0-9]+"))
                .toList();
    }

    @Override
    public Optional<TeamId> holderOf(PublicSlug slug) {
        return teams.values().stream().filter(t -> t.publicSlug().equals(slug)).map(Team::id).findFirst();
    }

    @Override
    public synchronized void insert(Team team) {
        checkSlugFree(team);
        teams.put(team.id(), team);
    }

    @Override
    public synchronized void update(Team team) {
        checkSlugFree(team);
        teams.put(team.id(), team);
    }

    private void checkSlugFree(Team team) {
        holderOf(team.publicSlug()).filter(id -> !id.equals(team.id())).ifPresent(id -> {
            throw new Conflict("publicSlug is already taken", "PUBLIC_SLUG_TAKEN");
        });
    }

    /** Every brewery team (not the platform's), for searches in tests. */
    public List<Team> all() {
        return teams.values().stream().filter(t -> !t.isPlatform()).toList();
    }
}
