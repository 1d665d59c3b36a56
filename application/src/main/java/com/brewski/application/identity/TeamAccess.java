package com.brewski.application.identity;

import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that decides whether a caller may act on a team: 404 when the team does not exist,
 * 403 when the caller is not an active member (or lacks the role).
 */
public final class TeamAccess {
    private final Teams teams;
    private final Memberships memberships;

    public TeamAccess(Teams teams, Memberships memberships) {
        this.teams = teams;
        this.memberships = memberships;
    }

    /** The team, when the caller is an active member of it. */
    public Team requireMember(Caller caller, TeamId teamId) {
        Team team = teams.byId(teamId).filter(t -> !t.isPlatform()).orElseThrow(() -> new NotFound("Team not found"));
        activeMembership(caller, teamId);
        return team;
    }

    /** The team, when the caller is an active owner or admin of it. */
    public Team requireManager(Caller caller, TeamId teamId) {
        Team team = requireMember(caller, teamId);
        if (!activeMembership(caller, teamId).teamRole().managesTeam())
            throw new Forbidden("forbidden");
        return team;
    }

    /** Checks membership of a team already known to exist (e.g. the team of a loaded order). */
    public Membership requireMembership(Caller caller, TeamId teamId) {
        return activeMembership(caller, teamId);
    }

    /** Whether the caller is an active member of the team. */
    public boolean isMember(Caller caller, TeamId teamId) {
        return memberships.of(teamId, caller.userId()).filter(Membership::isActive).isPresent();
    }

    /** The brewery teams the caller is an active member of (one query). */
    public Set<TeamId> teamsOf(Caller caller) {
        return memberships.activeOf(caller.userId()).stream()
                .map(Memberships.TeamMembershipView::teamId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The value of a read the caller may see: 404 when its team does not exist, 403 when the caller is not an active member. */
    public <T> T require(TeamRead<T> read) {
        return switch (read.standing()) {
            case NO_SUCH_TEAM -> throw new NotFound("Team not found");
            case NOT_A_MEMBER -> throw new Forbidden("forbidden");
            case MEMBER -> read.value();
        };
    }

    private Membership activeMembership(Caller caller, TeamId teamId) {
        return memberships.of(teamId, caller.userId())
                .filter(Membership::isActive)
                .orElseThrow(() -> new Forbidden("forbidden"));
    }
}
