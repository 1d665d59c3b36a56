package com.brewski.application.shop;

import com.brewski.application.groups.GroupVisibility;
import com.brewski.domain.groups.BreweryGroup;

/** A group retired or taken out of the shop leaves its homepage slot, in the same transaction. */
public final class ClearHiddenGroupPlacement implements GroupVisibility {
    private final FeaturedPlacements placements;

    public ClearHiddenGroupPlacement(FeaturedPlacements placements) {
        this.placements = placements;
    }

    @Override
    public void changed(BreweryGroup group) {
        if (group.isRetired() || !group.shopVisible()) placements.clearGroup(group.id());
    }
}
