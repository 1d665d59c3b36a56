package com.brewski.application.shop;

import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shop.FeaturedPlacement;
import com.brewski.domain.shop.TeamSearch;

import java.util.List;
import java.util.Optional;

/** What the shop reads across teams and groups: searches and the joined views of its lists, one query each. */
public interface ShopDirectory {
    /** Brewery teams (never the platform's) matching the search, in its order, at most its limit. */
    List<TeamCard> searchTeams(TeamSearch search);

    /** The team's shop-visible groups in which it is an active or invited member, by name. */
    List<TeamGroup> shopGroupsOf(TeamId teamId);

    /** Active, shop-visible groups, by name. */
    List<BreweryGroup> publicGroups();

    /** Every placement with its team, group and the team's membership of the group (if any), by position. */
    List<PlacementView> placements();

    /** A team as the shop shows it. */
    record TeamCard(TeamId id, String name, Optional<String> logoKey, PublicSlug publicSlug) {}

    record TeamGroup(BreweryGroup group, GroupMemberStatus membershipStatus) {}

    record PlacementView(FeaturedPlacement placement, TeamCard team, BreweryGroup group, Optional<GroupMemberStatus> membership) {
        /** Whether the placement still holds: the group active and shop-visible, the team an active or invited member. */
        public boolean valid() {
            return !group.isRetired() && group.shopVisible()
                    && membership.filter(s -> s == GroupMemberStatus.ACTIVE || s == GroupMemberStatus.INVITED).isPresent();
        }
    }
}
