package com.brewski.domain.groups;

import com.brewski.domain.identity.TeamId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An invitation for a team to join a brewery group; pending invitations expire after 14 days. */
public record GroupInvitation(UUID id, UUID groupId, TeamId inviteeTeamId, TeamId invitedByTeamId,
                              InvitationStatus status, Instant expiresAt, Instant createdAt, Instant updatedAt) {
    public static final Duration LIFETIME = Duration.ofDays(14);

    public GroupInvitation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(groupId);
        Objects.requireNonNull(inviteeTeamId);
        Objects.requireNonNull(invitedByTeamId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(expiresAt);
    }

    /** The status as of {@code now}: a pending invitation past its expiry reads as expired. */
    public InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    GroupInvitation with(InvitationStatus newStatus, Instant now) {
        return new GroupInvitation(id, groupId, inviteeTeamId, invitedByTeamId, newStatus, expiresAt, createdAt, now);
    }
}
