package com.brewski.application.testing;

import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.OrderView.GroupSummary;
import com.brewski.application.orders.OrderView.PaymentTotals;
import com.brewski.application.orders.Orders;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.clients.Client;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentLedger;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Orders with their lines in a map, and the per-team number counters. What goes in and comes out
 * is a copy, so a use case that changes an order it loaded changes nothing stored until it calls
 * {@link #update}. The read models join the other stores the way the SQL adapter joins tables.
 */
public final class InMemoryOrders implements Orders, InMemoryStore {
    private final java.util.Map<UUID, TeamId> previousClaimTeams = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<UUID, Order> orders = new ConcurrentHashMap<>();
    private final Map<TeamId, Long> counters = new ConcurrentHashMap<>();
    private final AtomicBoolean loseNextClaimRace = new AtomicBoolean();
    private final InMemoryTeams teams;
    private final InMemoryClients clients;
    private final InMemoryGroups groups;
    private final InMemoryBeers beers;
    private final InMemoryContainers containers;
    private final InMemoryMultipacks multipacks;
    private final InMemoryPayments payments;
    private final InMemoryDeposits deposits;
    private final InMemoryMemberships memberships;

    public InMemoryOrders(InMemoryTeams teams, InMemoryClients clients, InMemoryGroups groups, InMemoryBeers beers,
                          InMemoryContainers containers, InMemoryMultipacks multipacks, InMemoryPayments payments,
                          InMemoryDeposits deposits, InMemoryMemberships memberships) {
        this.memberships = memberships;
        this.teams = teams;
        this.clients = clients;
        this.groups = groups;
        this.beers = beers;
        this.containers = containers;
        this.multipacks = multipacks;
        this.payments = payments;
        this.deposits = deposits;
        containers.referencedBy(id -> lines().anyMatch(l -> id.equals(l.containerId())));
        multipacks.referencedBy(id -> lines().anyMatch(l -> id.equals(l.multipackId())));
        clients.ordersFrom(team -> orders.values().stream().filter(o -> o.teamId().equals(team)));
    }

    /**
     * Makes the next {@link #compareAndSetClaim} answer false and change nothing, as when another
     * transaction changed the claim between this one's read and its write.
     */
    public void loseNextClaimRace() {
        loseNextClaimRace.set(true);
    }

    @Override
    public long nextSequence(TeamId teamId) {
        return counters.merge(teamId, 1L, Long::sum);
    }

    @Override
    public synchronized boolean insert(Order order) {
        boolean taken = orders.values().stream()
                .anyMatch(o -> o.teamId().equals(order.teamId()) && o.number().equals(order.number()));
        if (taken) return false;
        if (orders.containsKey(order.id())) throw new IllegalStateException("order " + order.id() + " is already stored");
        orders.put(order.id(), copy(order));
        return true;
    }

    @Override
    public Optional<Order> byIdForUpdate(UUID id) {
        return Optional.ofNullable(orders.get(id)).map(InMemoryOrders::copy);
    }

    @Override
    public synchronized void update(Order order) {
        if (!orders.containsKey(order.id())) throw new IllegalStateException("order " + order.id() + " is not stored");
        orders.put(order.id(), copy(order));
    }

    /** Compares the stored group, claim team and claim status (and dispatch, when asked); replaces team and status only. */
    @Override
    public synchronized boolean compareAndSetClaim(UUID orderId, GroupLink expected, GroupLink replacement,
                                                   boolean beforeDispatch, Instant now) {
        if (loseNextClaimRace.getAndSet(false)) return false;
        Order stored = orders.get(orderId);
        if (stored == null) return false;
        if (beforeDispatch && !stored.dispatchStatus().isMutable()) return false;
        GroupLink current = stored.groupLink().orElse(null);
        if (current == null || !current.groupId().equals(expected.groupId())
                || !Objects.equals(current.claimTeamId(), expected.claimTeamId())
                || current.claimStatus() != expected.claimStatus()) return false;
        Order changed = copy(stored);
        changed.relink(current.withClaim(replacement.claimTeamId(), replacement.claimStatus()), now);
        orders.put(orderId, changed);
        if (current.claimTeamId() == null) previousClaimTeams.remove(orderId);
        else previousClaimTeams.put(orderId, current.claimTeamId());
        return true;
    }

    @Override
    public Optional<TeamId> previousClaimTeam(UUID orderId) {
        return Optional.ofNullable(previousClaimTeams.get(orderId));
    }

    @Override
    public Optional<OrderView> view(UUID id, LocalDate today) {
        Order order = orders.get(id);
        if (order == null) return Optional.empty();
        List<OrderView.LineView> items = order.lines().stream()
                .sorted(Comparator.comparing(LineItem::createdAt).thenComparing(LineItem::id, InMemoryLists.UUID_ORDER))
                .map(line -> {
                    Optional<Container> container = optional(line.containerId()).flatMap(containers::byId);
                    return new OrderView.LineView(copy(line),
                            optional(line.beerId()).flatMap(beers::byId).map(Beer::name).orElse(null),
                            optional(line.multipackId()).flatMap(multipacks::byId).map(Multipack::name).orElse(null),
                            container.map(Container::name).orElse(null),
                            container.map(c -> c.containerType().wire()).orElse(null));
                })
                .toList();
        List<Payment> paid = payments.ofOrder(id).stream().sorted(PaymentLedger.CHRONOLOGICAL).toList();
        return Optional.of(new OrderView(header(order, today), order.shipping(), order.notes(), items, paid, deposits.ofOrder(id)));
    }

    @Override
    public com.brewski.application.identity.TeamRead<Page<OrderView.Header>> listForMember(
            com.brewski.domain.identity.UserId reader, OrderQuery query) {
        boolean exists = teams.byId(query.teamId()).filter(t -> !t.isPlatform()).isPresent();
        boolean member = exists && isMember(reader, query.teamId());
        return com.brewski.application.identity.TeamRead.of(exists, member, member ? list(query) : null);
    }

    @Override
    public Optional<Readable<OrderView>> viewFor(com.brewski.domain.identity.UserId reader, UUID id, LocalDate today) {
        return view(id, today).map(view -> {
            boolean ownTeam = isMember(reader, view.header().teamId());
            return new Readable<>(view, ownTeam || view.header().group() != null && groups.members(view.header().group().id()).stream()
                    .anyMatch(m -> m.isActive() && isMember(reader, m.teamId())), ownTeam);
        });
    }

    private boolean isMember(com.brewski.domain.identity.UserId reader, TeamId team) {
        return memberships.of(team, reader).filter(com.brewski.domain.identity.Membership::isActive).isPresent();
    }

    @Override
    public Page<OrderView.Header> list(OrderQuery query) {
        LocalDate today = Objects.requireNonNull(query.today(), "today");
        PageRequest page = query.page() == null ? PageRequest.DEFAULT : query.page();
        String term = query.search() == null || query.search().isBlank() ? null : query.search().strip();
        List<OrderView.Header> found = orders.values().stream()
                .filter(o -> query.teamId() == null || o.teamId().equals(query.teamId()))
                .filter(o -> query.groupId() == null || o.groupLink().filter(l -> l.groupId().equals(query.groupId())).isPresent())
                .filter(o -> query.status() == null || o.status() == query.status())
                .filter(o -> query.dispatchStatus() == null || o.dispatchStatus() == query.dispatchStatus())
                .filter(o -> query.groupClaimStatus() == null
                        || o.groupLink().filter(l -> l.claimStatus() == query.groupClaimStatus()).isPresent())
                .map(o -> header(o, today))
                .filter(h -> term == null || InMemoryLists.containsIgnoreCase(h.number(), term)
                        || InMemoryLists.containsIgnoreCase(h.clientName(), term))
                .filter(h -> query.state() == null || switch (query.state()) {
                    case DRAFT -> h.status() == OrderStatus.DRAFT;
                    case CONFIRMED -> h.status() == OrderStatus.CONFIRMED;
                    case CANCELLED -> h.status() == OrderStatus.CANCELLED;
                    case DUE -> h.flags().due();
                    case PAID -> h.flags().paid();
                })
                .sorted(order(query.sort()))
                .toList();
        return InMemoryLists.page(found, page);
    }

    /** The sort key with nulls last in both directions, then the id the same way; issue date, newest first, by default. */
    private static Comparator<OrderView.Header> order(Sort sort) {
        String key = sort == null ? "issueDate" : sort.key();
        boolean ascending = sort != null && sort.direction() == Sort.Direction.ASC;
        return switch (key) {
            case "issueDate" -> InMemoryLists.nullsLast(OrderView.Header::issueDate, ascending, OrderView.Header::id);
            case "dueDate" -> InMemoryLists.nullsLast(OrderView.Header::dueDate, ascending, OrderView.Header::id);
            case "createdAt" -> InMemoryLists.nullsLast(OrderView.Header::createdAt, ascending, OrderView.Header::id);
            default -> throw new IllegalArgumentException("orders cannot be sorted by " + key);
        };
    }

    @Override
    public OrderCounts counts(TeamId teamId, LocalDate today) {
        List<OrderView.Header> all = orders.values().stream().filter(o -> o.teamId().equals(teamId)).map(o -> header(o, today)).toList();
        return new OrderCounts(all.size(),
                all.stream().filter(h -> h.flags().due()).count(),
                all.stream().filter(h -> h.status() == OrderStatus.DRAFT).count(),
                all.stream().filter(h -> h.status() == OrderStatus.CONFIRMED).count(),
                all.stream().filter(h -> h.status() == OrderStatus.CANCELLED).count(),
                all.stream().filter(h -> h.flags().paid()).count());
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Order> ordersCopy = new HashMap<>(orders);
        Map<TeamId, Long> countersCopy = new HashMap<>(counters);
        Map<UUID, TeamId> previousCopy = new HashMap<>(previousClaimTeams);
        return () -> {
            orders.clear();
            orders.putAll(ordersCopy);
            counters.clear();
            counters.putAll(countersCopy);
            previousClaimTeams.clear();
            previousClaimTeams.putAll(previousCopy);
        };
    }

    private OrderView.Header header(Order o, LocalDate today) {
        Client client = clients.byId(o.clientId())
                .orElseThrow(() -> new IllegalStateException("client " + o.clientId() + " is not stored"));
        GroupLink link = o.groupLink().orElse(null);
        GroupSummary group = link == null ? null : summary(groups.byId(link.groupId())
                .orElseThrow(() -> new IllegalStateException("group " + link.groupId() + " is not stored")));
        TeamId claimTeam = link == null ? null : link.claimTeamId();
        long paid = 0;
        long refunded = 0;
        for (Payment p : payments.ofOrder(o.id())) {
            if (p.kind() == PaymentKind.PAYMENT) paid += p.amountMinor();
            else refunded += p.amountMinor();
        }
        return new OrderView.Header(o.id(), o.teamId(), o.number(), o.status(), o.dispatchStatus(), o.issueDate(), o.dueDate(),
                o.subtotalMinor(), o.taxTotalMinor(), o.totalMinor(), o.currencySymbol(), o.dutySuspense(),
                o.awrsNumber() == null ? null : o.awrsNumber().value(),
                client.awrsNumber() == null ? null : client.awrsNumber().value(),
                o.createdAt(), o.updatedAt(), client.id(), client.name(), group,
                link == null ? null : link.claimStatus(), claimTeam,
                claimTeam == null ? null : teams.byId(claimTeam).map(Team::name).orElse(null),
                link == null ? null : link.earliestDeliveryAt(), link == null ? null : link.latestDeliveryAt(),
                new PaymentTotals(paid, refunded), deposits.balance(o.teamId(), o.clientId()).balanceMinor(),
                OrderFlags.of(o.status(), o.dueDate(), today, o.totalMinor(), paid, refunded));
    }

    private static GroupSummary summary(BreweryGroup g) {
        return new GroupSummary(g.id(), g.slug(), g.name(), g.status().wire(), g.shopVisible(), g.regionLabel());
    }

    private Stream<LineItem> lines() {
        return orders.values().stream().flatMap(o -> o.lines().stream());
    }

    private static Optional<UUID> optional(UUID id) {
        return Optional.ofNullable(id);
    }

    static Order copy(Order o) {
        return Order.restore(o.id(), o.teamId(), o.clientId(), o.number(), o.currencySymbol(), o.status(), o.dispatchStatus(),
                o.issueDate(), o.dueDate(), o.notes(), o.dutySuspense(), o.awrsNumber(), o.groupLink().orElse(null),
                o.shipping(), o.lines().stream().map(InMemoryOrders::copy).toList(), o.createdAt(), o.updatedAt());
    }

    static LineItem copy(LineItem l) {
        return LineItem.restore(l.id(), l.orderId(), l.kind(), l.beerId(), l.multipackId(), l.containerId(), l.packSize(),
                l.description(), l.unit(), l.quantity(), l.unitPriceMinor(), l.taxRate(), l.discount(), l.createdAt(),
                l.updatedAt());
    }
}
