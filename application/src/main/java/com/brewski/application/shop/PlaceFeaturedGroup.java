package com.brewski.application.shop;

import com.brewski.application.groups.Groups;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.Teams;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shop.FeaturedPlacement;
import com.brewski.domain.shop.SlotPosition;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a team's group in a homepage slot, replacing what was there (the placement keeps its id and
 * creation time). The team must exist (400), the group must be active, shop-visible and linked to
 * the team by an active or invited membership (400); a group holding the other slot is a 409, also
 * when a concurrent request has just placed it there (settled by the store's unique group).
 */
public final class PlaceFeaturedGroup {
    public static final String GROUP_IN_OTHER_SLOT = "FEATURED_GROUP_IN_OTHER_SLOT";

    private final FeaturedPlacements placements;
    private final Teams teams;
    private final Groups groups;
    private final ShopDirectory directory;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public PlaceFeaturedGroup(FeaturedPlacements placements, Teams teams, Groups groups, ShopDirectory directory,
                              Transactions transactions, Clock clock, Ids ids) {
        this.placements = placements;
        this.teams = teams;
        this.groups = groups;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public ShopDirectory.PlacementView place(Caller caller, SlotPosition position, TeamId teamId, UUID groupId) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> {
            teams.byId(teamId).filter(t -> !t.isPlatform())
                    .orElseThrow(() -> new InvalidField("teamId", "teamId must reference an existing team"));
            Optional<BreweryGroup> group = groups.byIdSharing(groupId); // a concurrent retirement waits for this placement
            Optional<FeaturedPlacement> current = placements.atForUpdate(position);
            FeaturedPlacement placement = FeaturedPlacement.place(current, ids.newId(), position, teamId, group,
                    groups.member(groupId, teamId), clock.instant());
            boolean inOtherSlot = placements.all().stream()
                    .anyMatch(p -> p.groupId().equals(groupId) && !p.position().equals(position));
            if (inOtherSlot) throw inOtherSlot();
            placements.save(placement);
            return directory.placements().stream().filter(v -> v.placement().position().equals(position)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("placement " + position + " not stored"));
        });
    }

    public static Conflict inOtherSlot() {
        return new Conflict("the group is already featured in the other slot", GROUP_IN_OTHER_SLOT);
    }

}
