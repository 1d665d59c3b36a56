package com.brewski.domain.shop;

import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A brewery team and one of its shop-visible groups, shown in a homepage slot. Replacing a slot
 * keeps the placement's id and creation time.
 */
public record FeaturedPlacement(UUID id, SlotPosition position, TeamId teamId, UUID groupId, Instant createdAt, Instant updatedAt) {
    public FeaturedPlacement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * The placement of {@code group} for {@code teamId} in a slot, when the rules allow it: the group
     * must exist, be active and shop-visible, and the team must be an active or invited member.
     * {@code current} is the slot's placement, whose id and creation time a replacement keeps.
     */
    public static FeaturedPlacement place(Optional<FeaturedPlacement> current, UUID newId, SlotPosition position, TeamId teamId,
                                          Optional<BreweryGroup> group, Optional<GroupMember> membership, Instant now) {
        BreweryGroup g = group.orElseThrow(() -> new InvalidField("groupId", "groupId must reference an existing group"));
        if (!eligible(g, membership)) {
            throw new InvalidField("groupId", "the group must be shop-visible and linked to the team by an active or invited membership");
        }
        return current
                .map(c -> new FeaturedPlacement(c.id(), position, teamId, g.id(), c.createdAt(), now))
                .orElseGet(() -> new FeaturedPlacement(newId, position, teamId, g.id(), now, now));
    }

    /** Whether a group may be featured for a team: active, shop-visible, and the team an active or invited member. */
    public static boolean eligible(BreweryGroup group, Optional<GroupMember> membership) {
        return !group.isRetired() && group.shopVisible()
                && membership.filter(m -> m.status() == GroupMemberStatus.ACTIVE || m.status() == GroupMemberStatus.INVITED).isPresent();
    }
}
