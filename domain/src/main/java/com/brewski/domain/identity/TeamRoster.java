package com.brewski.domain.identity;

import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * All memberships of one brewery team, with the rules for changing them: owners and admins manage
 * members, only owners touch owners, owners cannot be removed, and the team never loses its last
 * active owner. Load it with the team locked so that concurrent changes queue.
 */
public final class TeamRoster {
    private final TeamId teamId;
    private final List<Membership> memberships;

    public TeamRoster(TeamId teamId, List<Membership> memberships) {
        this.teamId = teamId;
        this.memberships = new ArrayList<>(memberships);
    }

    /** The roster of a new team: its creator as owner. */
    public static TeamRoster founded(TeamId teamId, UserId creator, UUID membershipId, Instant now) {
        TeamRoster roster = new TeamRoster(teamId, List.of());
        roster.memberships.add(Membership.start(membershipId, teamId, creator, TeamRole.OWNER.wire(), now));
        return roster;
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public Optional<Membership> of(UserId userId) {
        return memberships.stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    public Optional<Membership> activeOf(UserId userId) {
        return of(userId).filter(Membership::isActive);
    }

    /** Adds a user (or reactivates a deactivated one) with a role. */
    public Membership add(UserId actor, UserId userId, TeamRole role, UUID newId, Instant now) {
        TeamRole actorRole = requireManager(actor);
        if (role == TeamRole.OWNER && actorRole != TeamRole.OWNER)
            throw new Forbidden("Only owners can add owners");
        Optional<Membership> existing = of(userId);
        if (existing.isPresent()) {
            Membership membership = existing.get();
            if (membership.isActive()) throw new Conflict("User is already a member of this team");
            membership.changeRole(role.wire(), now);
            return membership;
        }
        Membership membership = Membership.start(newId, teamId, userId, role.wire(), now);
        memberships.add(membership);
        return membership;
    }

    /** Changes an active member's role. */
    public Membership changeRole(UserId actor, UserId userId, TeamRole role, Instant now) {
        TeamRole actorRole = requireManager(actor);
        Membership target = activeOf(userId).orElseThrow(() -> new NotFound("Member not found"));
        TeamRole current = target.teamRole();
        if ((current == TeamRole.OWNER || role == TeamRole.OWNER) && actorRole != TeamRole.OWNER)
            throw new Forbidden("Only owners can change an owner's role or make owners");
        if (current == TeamRole.OWNER && role != TeamRole.OWNER && activeOwners() == 1)
            throw new Conflict("A team must keep at least one owner");
        target.changeRole(role.wire(), now);
        return target;
    }

    /** Deactivates a member who is not an owner. */
    public Membership deactivate(UserId actor, UserId userId, Instant now) {
        requireManager(actor);
        Membership target = activeOf(userId).orElseThrow(() -> new NotFound("Member not found"));
        if (target.teamRole() == TeamRole.OWNER) throw new Conflict("Owners cannot be removed");
        target.deactivate(now);
        return target;
    }

    /** Promotes an active member to owner; only owners may. */
    public Membership promoteToOwner(UserId actor, UserId userId, Instant now) {
        if (requireManager(actor) != TeamRole.OWNER) throw new Forbidden("Only owners can promote members to owner");
        Membership target = activeOf(userId).orElseThrow(() -> new NotFound("Member not found"));
        if (target.teamRole() == TeamRole.OWNER) return target;
        target.changeRole(TeamRole.OWNER.wire(), now);
        return target;
    }

    private TeamRole requireManager(UserId actor) {
        TeamRole role = activeOf(actor).map(Membership::teamRole).orElseThrow(() -> new Forbidden("forbidden"));
        if (!role.managesTeam()) throw new Forbidden("Only owners and admins can manage members");
        return role;
    }

    private long activeOwners() {
        return memberships.stream().filter(m -> m.isActiveWith(TeamRole.OWNER)).count();
    }
}
