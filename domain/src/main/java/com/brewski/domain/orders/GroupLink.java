package com.brewski.domain.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An order's place in a brewery group's shared-delivery workflow. A claim team goes with a claim
 * status other than {@code unclaimed}, and the other way round; the delivery window is a valid range.
 * Membership of the group is checked by the use case, which can see the group.
 */
public record GroupLink(UUID groupId, TeamId claimTeamId, GroupClaimStatus claimStatus,
                        Instant earliestDeliveryAt, Instant latestDeliveryAt) {
    public GroupLink {
        Objects.requireNonNull(groupId);
        claimStatus = claimStatus == null ? GroupClaimStatus.UNCLAIMED : claimStatus;
        if (claimTeamId != null && claimStatus == GroupClaimStatus.UNCLAIMED)
            throw new InvalidField("groupClaimTeamId", "groupClaimTeamId requires a groupClaimStatus other than unclaimed");
        if (claimTeamId == null && claimStatus != GroupClaimStatus.UNCLAIMED)
            throw new InvalidField("groupClaimStatus", "groupClaimStatus " + claimStatus.wire() + " requires groupClaimTeamId");
        if (earliestDeliveryAt != null && latestDeliveryAt != null && latestDeliveryAt.isBefore(earliestDeliveryAt))
            throw new InvalidField("groupLatestDeliveryAt", "groupLatestDeliveryAt must not be before groupEarliestDeliveryAt");
    }

    public static GroupLink unclaimed(UUID groupId) {
        return new GroupLink(groupId, null, GroupClaimStatus.UNCLAIMED, null, null);
    }

    public GroupLink withClaim(TeamId team, GroupClaimStatus status) {
        return new GroupLink(groupId, team, status, earliestDeliveryAt, latestDeliveryAt);
    }

    public boolean isClaimed() {
        return claimTeamId != null;
    }

    /** An unclaimed order taken on by a member team, which starts collating the delivery. */
    public GroupLink claimBy(TeamId team) {
        if (isClaimed()) throw new Conflict("Order is already claimed");
        return withClaim(team, GroupClaimStatus.COLLATING);
    }

    /** Coordination handed from the current claim team to another member team. */
    public GroupLink transferTo(TeamId target) {
        if (!isClaimed()) throw new Conflict("Order is unclaimed");
        if (target.equals(claimTeamId))
            throw new InvalidField("teamId", "teamId must be a different team from the current claim team");
        return withClaim(target, GroupClaimStatus.COLLATING);
    }

    /** The claim cleared: the order goes back to the group's shared queue. */
    public GroupLink release() {
        if (!isClaimed()) throw new Conflict("Order is already unclaimed");
        return withClaim(null, GroupClaimStatus.UNCLAIMED);
    }
}
