package com.brewski.application.identity;

import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;

import java.util.List;
import java.util.Optional;

/** Stored teams and their settings. */
public interface Teams {
    Optional<Team> byId(TeamId id);

    /** Locks the team row for the rest of the transaction and loads it. */
    Optional<Team> byIdForUpdate(TeamId id);

    /** The platform's own team (created by the schema). */
    TeamId platformTeamId();

    /**
     * Locks {@code base} for the rest of the transaction (concurrent creations of teams of one name
     * queue here) and answers the slugs held that are {@code base} or {@code base-<n>}.
     */
    List<PublicSlug> slugsLike(PublicSlug base);

    /** Locks {@code slug} for the rest of the transaction and answers the team holding it. */
    Optional<TeamId> holderOf(PublicSlug slug);

    /** Stores a new team; a public slug already held is a {@link com.brewski.domain.shared.Conflict}. */
    void insert(Team team);

    /** Stores a changed team; a public slug already held is a {@link com.brewski.domain.shared.Conflict}. */
    void update(Team team);
}
