package com.brewski.application.catalogue;

import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.catalogue.PricebookItem;
import com.brewski.domain.identity.TeamId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored pricebooks and their items. */
public interface Pricebooks {
    /** A team's pricebooks, oldest first. */
    List<Pricebook> all(TeamId teamId);

    /** The items of these pricebooks (one query). */
    List<PricebookItem> items(List<UUID> pricebookIds);

    Optional<Pricebook> byId(UUID id);

    Optional<Pricebook> defaultOf(TeamId teamId);

    /** Inserts; a second default for a team is a {@link com.brewski.domain.shared.Conflict}. */
    void insert(Pricebook pricebook);

    void update(Pricebook pricebook);

    /** Moves the clients of one pricebook to another, then deletes it with its items. */
    void deleteMovingClients(UUID pricebookId, UUID toPricebookId);

    Optional<PricebookItem> item(UUID itemId);

    /** Inserts; a second item for the same beer+container or multipack is a Conflict. */
    void insertItem(PricebookItem item);

    void updateItem(PricebookItem item);

    void deleteItem(UUID itemId);

    /** The item for a beer in a container in that pricebook. */
    Optional<PricebookItem> itemFor(UUID pricebookId, UUID beerId, UUID containerId);

    /** The item for a multipack in that pricebook. */
    Optional<PricebookItem> itemForMultipack(UUID pricebookId, UUID multipackId);
}
