package com.brewski.application.shop;

import com.brewski.domain.shop.FeaturedPlacement;
import com.brewski.domain.shop.SlotPosition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The homepage's featured-group slots; a group holds at most one (unique in the store). */
public interface FeaturedPlacements {
    /** By position. */
    List<FeaturedPlacement> all();

    /** Locks the slot's row (when there is one) for the rest of the transaction and loads it. */
    Optional<FeaturedPlacement> atForUpdate(SlotPosition position);

    /**
     * Inserts or replaces the slot's placement; a group already holding the other slot (also one
     * placed there by a concurrent request) is a {@link com.brewski.domain.shared.Conflict}.
     */
    void save(FeaturedPlacement placement);

    void clear(SlotPosition position);

    /** Clears whatever slot the group holds. */
    void clearGroup(UUID groupId);
}
