package com.brewski.application.catalogue;

import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import com.brewski.application.shared.Sort;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored beers and, for manually tracked beers, their stock per container. Sort keys: name, createdAt. */
public interface Beers {
    Page<Beer> list(TeamId teamId, Sort sort, PageRequest page);

    Optional<Beer> byId(UUID id);

    void insert(Beer beer);

    void update(Beer beer);

    /** Stock levels of a beer, one per container that has a level. */
    List<StockLevel> stock(UUID beerId);

    /** Stock levels of many beers at once (for lists). */
    List<StockLevel> stock(List<UUID> beerIds);

    /** Sets the stock of a beer in a container. */
    void setStock(UUID beerId, UUID containerId, BigDecimal quantity);

    /**
     * Adds {@code delta} (negative takes stock) in one statement the database settles; answers the
     * new level, or empty when it would fall below zero (nothing changed then).
     */
    Optional<BigDecimal> adjustStock(UUID beerId, UUID containerId, BigDecimal delta);

    record StockLevel(UUID beerId, UUID containerId, BigDecimal quantity) {}
}
