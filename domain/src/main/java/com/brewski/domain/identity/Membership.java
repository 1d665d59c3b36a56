package com.brewski.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's role on a team. The role is a team role for brewery teams and a platform role
 * (su/support) for the platform team, stored by its wire name.
 */
public final class Membership {
    private final UUID id;
    private final TeamId teamId;
    private final UserId userId;
    private String role;
    private boolean deactivated;
    private final Instant createdAt;
    private Instant updatedAt;

    private Membership(UUID id, TeamId teamId, UserId userId, String role, boolean deactivated, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.teamId = Objects.requireNonNull(teamId);
        this.userId = Objects.requireNonNull(userId);
        this.role = Objects.requireNonNull(role);
        this.deactivated = deactivated;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    static Membership start(UUID id, TeamId teamId, UserId userId, String role, Instant now) {
        return new Membership(id, teamId, userId, role, false, now, now);
    }

    /** Rebuilds a membership from storage; used only by persistence adapters. */
    public static Membership restore(UUID id, TeamId teamId, UserId userId, String role, boolean deactivated, Instant createdAt, Instant updatedAt) {
        return new Membership(id, teamId, userId, role, deactivated, createdAt, updatedAt);
    }

    void changeRole(String role, Instant now) {
        this.role = role;
        this.deactivated = false;
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.deactivated = true;
        this.updatedAt = now;
    }

    public boolean isActive() {
        return !deactivated;
    }

    /** The team role; only for memberships of brewery teams. */
    public TeamRole teamRole() {
        return TeamRole.parse("role", role);
    }

    public boolean isActiveWith(TeamRole wanted) {
        return isActive() && role.equals(wanted.wire());
    }

    public UUID id() { return id; }
    public TeamId teamId() { return teamId; }
    public UserId userId() { return userId; }
    public String role() { return role; }
    public boolean deactivated() { return deactivated; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
