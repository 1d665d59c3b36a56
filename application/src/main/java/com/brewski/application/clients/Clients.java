package com.brewski.application.clients;

import com.brewski.application.shared.Sort;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored clients and their delivery sites. */
public interface Clients {
    /**
     * A page of a team's clients with their order statistics. Filter: recent (ordered since
     * {@code recentSince}), never (no orders), once (exactly one order), or null for all.
     * Sort keys: name, lastOrderedAt.
     */
    Page<ClientSummary> list(TeamId teamId, Filter filter, Instant recentSince, Sort sort, PageRequest page);

    /** Clients whose name (or email) contains the query, case-insensitively; name order. */
    List<Client> search(TeamId teamId, String query, int limit);

    Optional<Client> byId(UUID id);

    /** Inserts; a duplicate email or AWRS number within the team is a Conflict naming the field. */
    void insert(Client client);

    /** Updates; a duplicate email or AWRS number within the team is a Conflict naming the field. */
    void update(Client client);

    List<DeliverySite> sites(UUID clientId);

    Optional<DeliverySite> site(UUID siteId);

    void insertSite(DeliverySite site);

    void updateSite(DeliverySite site);

    void deleteSite(UUID siteId);

    enum Filter { RECENT, NEVER, ONCE }

    record ClientSummary(Client client, long orderCount, Instant lastOrderedAt) {}
}
