package com.brewski.domain.groups;

import com.brewski.domain.identity.TeamId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A team's membership of a brewery group. */
public record GroupMember(UUID id, UUID groupId, TeamId teamId, GroupRole role, GroupMemberStatus status,
                          Instant createdAt, Instant updatedAt) {
    public GroupMember {
        Objects.requireNonNull(id);
        Objects.requireNonNull(groupId);
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(status);
    }

    public boolean isActive() {
        return status == GroupMemberStatus.ACTIVE;
    }

    public boolean runsGroup() {
        return isActive() && (role == GroupRole.OWNER || role == GroupRole.ADMIN);
    }

    GroupMember with(GroupRole newRole, GroupMemberStatus newStatus, Instant now) {
        return new GroupMember(id, groupId, teamId, newRole, newStatus, createdAt, now);
    }
}
