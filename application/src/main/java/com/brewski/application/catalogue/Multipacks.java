package com.brewski.application.catalogue;

import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import com.brewski.application.shared.Sort;

import java.util.Optional;
import java.util.UUID;

/** Stored multipacks. Sort keys: name, createdAt. */
public interface Multipacks {
    Page<Multipack> list(TeamId teamId, Sort sort, PageRequest page);

    Optional<Multipack> byId(UUID id);

    void insert(Multipack multipack);

    void update(Multipack multipack);

    /** Deletes when no order line or price refers to it; answers whether it did. */
    boolean deleteIfUnused(UUID id);
}
