package com.brewski.application.shop;

import com.brewski.domain.shop.Upsell;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored upsell catalogue with its images (in upload order). */
public interface Upsells {
    /** By display order, then name; inactive ones only when asked. Images included, in a fixed number of queries. */
    List<Upsell> list(boolean includeInactive);

    Optional<Upsell> byId(UUID id);

    /** Locks the upsell row for the rest of the transaction (image changes of one upsell queue here) and loads it. */
    Optional<Upsell> byIdForUpdate(UUID id);

    /** Whether another upsell than {@code except} holds the slug. */
    boolean slugTaken(String slug, UUID except);

    /** A slug already held is a {@link com.brewski.domain.shared.Conflict}. */
    void insert(Upsell upsell);

    /** Stores the details and brings the stored images in line with the upsell's (added, removed, default moved). */
    void update(Upsell upsell);

    void delete(UUID id);
}
