package com.brewski.application.shop;

import com.brewski.domain.shop.NavigationItem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored navigation toggles, unique on (section, item). */
public interface NavigationItems {
    /** Inserts each item whose (section, item) is not stored yet; concurrent calls insert each once. */
    void insertMissing(List<NavigationItem> items);

    /** Every toggle, by section, then item. */
    List<NavigationItem> all();

    /** Locks the toggle for the rest of the transaction and loads it. */
    Optional<NavigationItem> byIdForUpdate(UUID id);

    void update(NavigationItem item);
}
