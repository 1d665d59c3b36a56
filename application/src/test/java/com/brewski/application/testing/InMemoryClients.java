package com.brewski.application.testing;

import com.brewski.application.clients.Clients;
import com.brewski.application.shared.Sort;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.Order;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Clients and delivery sites in maps. Email and AWRS number are unique within a team, as the
 * database's unique indexes keep them. The order statistics of {@link #list} come from the orders
 * store, which tells this one where to find a team's orders ({@link #ordersFrom}).
 */
public final class InMemoryClients implements Clients, InMemoryStore {
    public static final String DUPLICATE_EMAIL = "A client with this contactEmail already exists";
    public static final String DUPLICATE_AWRS = "A client with this awrsNumber already exists";

    private final Map<UUID, Client> clients = new ConcurrentHashMap<>();
    private final Map<UUID, DeliverySite> sites = new ConcurrentHashMap<>();
    private volatile Function<TeamId, Stream<Order>> ordersOfTeam = team -> Stream.empty();

    /** Where a team's orders are, for the statistics of {@link #list}. */
    public void ordersFrom(Function<TeamId, Stream<Order>> source) {
        this.ordersOfTeam = source;
    }

    private record Stats(long count, Instant last) {}

    @Override
    public Page<ClientSummary> list(TeamId teamId, Filter filter, Instant recentSince, Sort sort, PageRequest page) {
        Map<UUID, Stats> stats = new HashMap<>();
        ordersOfTeam.apply(teamId).forEach(o -> stats.merge(o.clientId(), new Stats(1, o.createdAt()),
                (a, b) -> new Stats(a.count() + b.count(), a.last().isAfter(b.last()) ? a.last() : b.last())));
        List<ClientSummary> all = clients.values().stream().filter(c -> c.teamId().equals(teamId))
                .map(c -> {
                    Stats s = stats.getOrDefault(c.id(), new Stats(0, null));
                    return new ClientSummary(c, s.count(), s.last());
                })
                .filter(s -> filter == null || switch (filter) {
                    case RECENT -> s.lastOrderedAt() != null && !s.lastOrderedAt().isBefore(recentSince);
                    case NEVER -> s.orderCount() == 0;
                    case ONCE -> s.orderCount() == 1;
                })
                .sorted(order(sort))
                .toList();
        return InMemoryLists.page(all, page);
    }

    private static Comparator<ClientSummary> order(Sort sort) {
        boolean ascending = sort.direction() == Sort.Direction.ASC;
        Function<ClientSummary, UUID> id = s -> s.client().id();
        return switch (sort.key()) {
            case "name" -> {
                Comparator<ClientSummary> byName = Comparator.<ClientSummary, String>comparing(s -> s.client().name().toLowerCase(Locale.ROOT))
                        .thenComparing(id, InMemoryLists.UUID_ORDER);
                yield ascending ? byName : byName.reversed();
            }
            case "lastOrderedAt" -> InMemoryLists.nullsLast(ClientSummary::lastOrderedAt, ascending, id);
            default -> throw new InvalidField("sort", "sort must be one of lastOrderedAt, name");
        };
    }

    @Override
    public List<Client> search(TeamId teamId, String query, int limit) {
        return clients.values().stream()
                .filter(c -> c.teamId().equals(teamId))
                .filter(c -> InMemoryLists.containsIgnoreCase(c.name(), query)
                        || c.contactEmail() != null && InMemoryLists.containsIgnoreCase(c.contactEmail().value(), query))
                .sorted(Comparator.<Client, String>comparing(c -> c.name().toLowerCase(Locale.ROOT)).thenComparing(Client::id, InMemoryLists.UUID_ORDER))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Client> byId(UUID id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public synchronized void insert(Client client) {
        if (clients.containsKey(client.id())) throw new IllegalStateException("client " + client.id() + " is already stored");
        checkUnique(client);
        clients.put(client.id(), client);
    }

    @Override
    public synchronized void update(Client client) {
        if (!clients.containsKey(client.id())) throw new IllegalStateException("client " + client.id() + " is not stored");
        checkUnique(client);
        clients.put(client.id(), client);
    }

    private void checkUnique(Client client) {
        List<Client> teammates = clients.values().stream()
                .filter(c -> c.teamId().equals(client.teamId()) && !c.id().equals(client.id())).toList();
        if (client.contactEmail() != null && teammates.stream().anyMatch(c -> client.contactEmail().equals(c.contactEmail())))
            throw new Conflict(DUPLICATE_EMAIL);
        if (client.awrsNumber() != null && teammates.stream().anyMatch(c -> client.awrsNumber().equals(c.awrsNumber())))
            throw new Conflict(DUPLICATE_AWRS);
    }

    /** Re-points the clients of one pricebook to another (what deleting a pricebook does first). */
    void movePricebook(UUID from, UUID to) {
        clients.replaceAll((id, c) -> !Objects.equals(c.pricebookId(), from) ? c
                : new Client(c.id(), c.teamId(), c.name(), c.contactEmail(), c.contactPhone(), c.address(), c.billingAddress(),
                c.awrsNumber(), to, c.notes(), c.createdAt(), c.updatedAt()));
    }

    /** Oldest first. */
    @Override
    public List<DeliverySite> sites(UUID clientId) {
        return sites.values().stream().filter(s -> s.clientId().equals(clientId))
                .sorted(Comparator.comparing(DeliverySite::createdAt).thenComparing(DeliverySite::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public Optional<DeliverySite> site(UUID siteId) {
        return Optional.ofNullable(sites.get(siteId));
    }

    @Override
    public void insertSite(DeliverySite site) {
        if (!clients.containsKey(site.clientId())) throw new IllegalStateException("client " + site.clientId() + " is not stored");
        if (sites.putIfAbsent(site.id(), site) != null) throw new IllegalStateException("site " + site.id() + " is already stored");
    }

    @Override
    public void updateSite(DeliverySite site) {
        if (!sites.containsKey(site.id())) throw new IllegalStateException("delivery site " + site.id() + " is not stored");
        sites.put(site.id(), site);
    }

    @Override
    public void deleteSite(UUID siteId) {
        sites.remove(siteId);
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Client> clientsCopy = new HashMap<>(clients);
        Map<UUID, DeliverySite> sitesCopy = new HashMap<>(sites);
        return () -> {
            clients.clear();
            clients.putAll(clientsCopy);
            sites.clear();
            sites.putAll(sitesCopy);
        };
    }
}
