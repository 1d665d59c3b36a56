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
 * The memberships of the platform's own team. Only super users grant and revoke platform access,
 * and the platform never loses its last active super user.
 */
public final class PlatformStaff {
    private final TeamId platformTeamId;
    private final List<Membership> memberships;

    public PlatformStaff(TeamId platformTeamId, List<Membership> memberships) {
        this.platformTeamId = platformTeamId;
        this.memberships = new ArrayList<>(memberships);
    }

    public Optional<PlatformRole> roleOf(UserId userId) {
        return memberships.stream()
                .filter(m -> m.userId().equals(userId) && m.isActive())
                .map(m -> PlatformRole.parse("role", m.role()))
                .findFirst();
    }

    /** Grants (or changes) a user's platform role. A null actor is the system at start-up. */
    public Membership grant(UserId actor, UserId userId, PlatformRole role, UUID newId, Instant now) {
        if (actor != null) requireSuperUser(actor);
        Optional<Membership> existing = memberships.stream().filter(m -> m.userId().equals(userId)).findFirst();
        if (existing.isPresent()) {
            Membership membership = existing.get();
            if (membership.isActive() && !membership.role().equals(role.wire()) && role != PlatformRole.SU)
                requireAnotherSuperUser(userId);
            membership.changeRole(role.wire(), now);
            return membership;
        }
        Membership membership = Membership.start(newId, platformTeamId, userId, role.wire(), now);
        memberships.add(membership);
        return membership;
    }

    /** Revokes a user's platform access. */
    public Membership revoke(UserId actor, UserId userId, Instant now) {
        requireSuperUser(actor);
        Membership target = memberships.stream()
                .filter(m -> m.userId().equals(userId) && m.isActive())
                .findFirst()
                .orElseThrow(() -> new NotFound("Platform member not found"));
        if (target.role().equals(PlatformRole.SU.wire())) requireAnotherSuperUser(userId);
        target.deactivate(now);
        return target;
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    private void requireSuperUser(UserId actor) {
        if (roleOf(actor).filter(r -> r == PlatformRole.SU).isEmpty())
            throw new Forbidden("Only super users can manage platform access");
    }

    private void requireAnotherSuperUser(UserId leaving) {
        boolean another = memberships.stream().anyMatch(m -> m.isActive()
                && m.role().equals(PlatformRole.SU.wire()) && !m.userId().equals(leaving));
        if (!another) throw new Conflict("The platform must keep at least one super user");
    }
}
