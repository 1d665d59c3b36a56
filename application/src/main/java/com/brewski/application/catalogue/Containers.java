package com.brewski.application.catalogue;

import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored containers. Sort keys: name, volumeMl, createdAt. */
public interface Containers {
    Page<Container> list(TeamId teamId, Sort sort, PageRequest page);

    /** Every container of a team (small), by name. */
    List<Container> all(TeamId teamId);

    Optional<Container> byId(UUID id);

    void insertAll(List<Container> containers);

    void update(Container container);

    /** Deletes when nothing refers to it (price, stock, multipack, order line); answers whether it did. */
    boolean deleteIfUnused(UUID id);

    /** Deletes the team's containers nothing refers to; answers how many. */
    int deleteUnused(TeamId teamId);
}
