package com.brewski.application.orders;

import com.brewski.application.catalogue.Beers;
import com.brewski.application.catalogue.Containers;
import com.brewski.application.catalogue.Multipacks;
import com.brewski.application.catalogue.Pricebooks;
import com.brewski.application.clients.Clients;
import com.brewski.application.groups.Groups;
import com.brewski.application.identity.Caller;
import com.brewski.application.deposits.Deposits;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.identity.Teams;
import com.brewski.domain.deposits.DepositCharge;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.catalogue.PriceQuote;
import com.brewski.domain.clients.Client;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.AwrsNumber;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.LineChange;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.LineKind;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderChange;
import com.brewski.domain.orders.OrderNumber;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.ShippingRule;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.Patch;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Trade orders of one team: creation (numbering, AWRS snapshot, group linkage), changes, dispatch,
 * line items (pricing from pricebooks, manual stock), lists and counts. Every change runs in one
 * transaction with the order row locked, and tells {@link OrderDocuments} before it is applied.
 */
public final class ManageOrders {
    private static final int OBSCURE_NUMBER_ATTEMPTS = 20;

    private final Orders orders;
    private final ShippingRules shippingRules;
    private final Clients clients;
    private final Beers beers;
    private final Containers containers;
    private final Multipacks multipacks;
    private final Pricebooks pricebooks;
    private final Groups groups;
    private final OrderDocuments documents;
    private final Deposits deposits;
    private final Teams teams;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;
    private final SecureRandom random = new SecureRandom();

    public ManageOrders(Orders orders, ShippingRules shippingRules, Clients clients, Beers beers, Containers containers,
                        Multipacks multipacks, Pricebooks pricebooks, Groups groups, OrderDocuments documents,
                        Deposits deposits, Teams teams, TeamAccess access, Transactions transactions, Clock clock, Ids ids) {
        this.orders = orders;
        this.shippingRules = shippingRules;
        this.clients = clients;
        this.beers = beers;
        this.containers = containers;
        this.multipacks = multipacks;
        this.pricebooks = pricebooks;
        this.groups = groups;
        this.documents = documents;
        this.deposits = deposits;
        this.teams = teams;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record ItemAdded(LineItem item, OrderView order) {}

    public OrderView create(Caller caller, NewOrder input) {
        return transactions.inTransaction(() -> {
            Team team = access.requireMember(caller, input.teamId());
            Client client = clients.byId(input.clientId()).filter(c -> c.teamId().equals(team.id()))
                    .orElseThrow(() -> new InvalidField("clientId", "clientId: Client not found"));
            LocalDate today = today();
            LocalDate issueDate = input.issueDate().orElse(today);
            LocalDate dueDate = input.dueDate().isPresent() ? input.dueDate().orElse(null)
                    : issueDate == null ? null
                    : team.settings().defaultPaymentTermsUnit().addTo(issueDate, team.settings().defaultPaymentTermsAmount());
            AwrsNumber awrs = input.awrsNumber().isPresent()
                    ? AwrsNumber.orNull(input.awrsNumber().orElse(null))
                    : client.awrsNumber();
            GroupLink link = linkFor(team.id(), input.group());
            Order.Draft draft = new Order.Draft(client.id(), input.status(), issueDate, dueDate, input.notes(),
                    input.dutySuspense(), awrs, link, input.shipping());
            List<ShippingRule> rules = shippingRules.of(team.id());
            Instant now = clock.instant();
            UUID id = ids.newId();
            if (team.settings().obscureOrderNumber()) {
                for (int attempt = 0; attempt < OBSCURE_NUMBER_ATTEMPTS; attempt++) {
                    Order order = Order.open(id, team.id(), OrderNumber.obscure(today, random), team.settings().currencySymbol(), draft, rules, now);
                    if (orders.insert(order)) return view(id);
                }
                throw new Conflict("Could not allocate an order number, try again");
            }
            Order order = Order.open(id, team.id(), OrderNumber.sequential(orders.nextSequence(team.id())),
                    team.settings().currencySymbol(), draft, rules, now);
            if (!orders.insert(order)) throw new Conflict("Order number already taken, try again");
            return view(id);
        });
    }

    public OrderView get(Caller caller, UUID orderId) {
        return transactions.inTransaction(() -> {
            OrderView view = orders.view(orderId, today()).orElseThrow(ManageOrders::notFound);
            requireReader(caller, view.header());
            return view.seenBy(access.teamsOf(caller));
        });
    }

    public OrderView update(Caller caller, UUID orderId, OrderUpdate input) {
        return mutate(caller, orderId, order -> {
            Patch<GroupLink> link = input.touchesGroup() ? Patch.set(changedLink(order, input)) : Patch.absent();
            order.update(new OrderChange(input.status(), input.issueDate(), input.dueDate(), input.notes(),
                    input.dutySuspense(), input.awrsNumber().map(AwrsNumber::orNull), link, input.shipping()),
                    shippingRules.of(order.teamId()), clock.instant());
        });
    }

    public OrderView dispatch(Caller caller, UUID orderId, DispatchStatus status) {
        return mutate(caller, orderId, order -> order.changeDispatch(status, clock.instant()));
    }

    public ItemAdded addItem(Caller caller, UUID orderId, NewLine input) {
        return transactions.inTransaction(() -> {
            Order order = lockedOrder(caller, orderId);
            documents.orderChanged(order.teamId(), order.id());
            LineItem line = buildLine(order, input);
            order.addLine(line, shippingRules.of(order.teamId()), clock.instant());
            takeStock(line, line.stockUnits().value());
            orders.update(order);
            chargeDeposit(order, line);
            return new ItemAdded(line, view(order.id()));
        });
    }

    public OrderView changeItem(Caller caller, UUID orderId, UUID itemId, LineChange change) {
        if (change.isEmpty()) throw new InvalidField("body", "at least one field is required");
        return mutate(caller, orderId, order -> {
            LineItem line = order.line(itemId).orElseThrow(() -> new NotFound("Item not found"));
            BigDecimal before = line.stockUnits().value();
            order.changeLine(itemId, change, shippingRules.of(order.teamId()), clock.instant());
            takeStock(line, line.stockUnits().value().subtract(before));
            return line;
        }, (order, line) -> chargeDeposit(order, line));
    }

    public OrderView removeItem(Caller caller, UUID orderId, UUID itemId) {
        return mutate(caller, orderId, order -> {
            LineItem removed = order.removeLine(itemId, shippingRules.of(order.teamId()), clock.instant());
            takeStock(removed, removed.stockUnits().value().negate());
            return removed;
        }, (order, removed) -> deposits.removeLineCharge(removed.id()));
    }

    public Page<OrderView.Header> list(Caller caller, OrderQuery query) {
        if (query.teamId() == null) throw new InvalidField("teamId", "teamId is required");
        return transactions.inTransaction(() -> {
            access.requireMember(caller, query.teamId());
            return orders.list(query.asOf(today()));
        });
    }

    /** Orders linked to a group, across its teams, for an active member team of the group. */
    public Page<OrderView.Header> groupOrders(Caller caller, TeamId teamId, OrderQuery query) {
        if (query.groupId() == null) throw new InvalidField("groupId", "groupId is required");
        if (query.teamId() != null) throw new IllegalArgumentException("a group's orders span its teams: teamId must be null");
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            groups.byId(query.groupId()).orElseThrow(() -> new NotFound("Group not found"));
            groups.member(query.groupId(), teamId).filter(GroupMember::isActive)
                    .orElseThrow(() -> new com.brewski.domain.shared.Forbidden("Team is not an active member of this group"));
            Set<TeamId> mine = access.teamsOf(caller);
            return orders.list(query.asOf(today())).map(row -> row.seenBy(mine));
        });
    }

    public Orders.OrderCounts counts(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return orders.counts(teamId, today());
        });
    }

    private interface Mutation {
        void apply(Order order);
    }

    private interface LineMutation {
        LineItem apply(Order order);
    }

    private interface AfterSave {
        void run(Order order, LineItem line);
    }

    /** A line change: applied, saved, then its follow-up (the deposit charge) once the line rows exist. */
    private OrderView mutate(Caller caller, UUID orderId, LineMutation mutation, AfterSave afterSave) {
        return transactions.inTransaction(() -> {
            Order order = lockedOrder(caller, orderId);
            documents.orderChanged(order.teamId(), order.id());
            LineItem line = mutation.apply(order);
            orders.update(order);
            afterSave.run(order, line);
            return view(order.id());
        });
    }

    /** Keeps the line's deposit charge in step: its containers × the container's deposit (none when 0). */
    private void chargeDeposit(Order order, LineItem line) {
        if (!line.takesStock()) return;
        Team team = teams.byId(order.teamId()).orElseThrow(() -> new NotFound("Team not found"));
        long perContainer = containers.byId(line.containerId()).map(c -> c.effectiveDepositMinor(team.settings())).orElse(0L);
        Instant now = clock.instant();
        deposits.setLineCharge(new DepositTransaction(ids.newId(), order.teamId(), order.clientId(), order.id(), line.id(),
                null, DepositSource.CHARGE, DepositCharge.forLine(line, perContainer), now, now));
    }

    private OrderView mutate(Caller caller, UUID orderId, Mutation mutation) {
        return transactions.inTransaction(() -> {
            Order order = lockedOrder(caller, orderId);
            documents.orderChanged(order.teamId(), order.id());
            mutation.apply(order);
            orders.update(order);
            return view(order.id());
        });
    }

    /**
     * Members of the order's team read it; so do the members of any team that is an active member of
     * the brewery group the order is linked to (they coordinate its shipping).
     */
    private void requireReader(Caller caller, OrderView.Header order) {
        if (access.isMember(caller, order.teamId())) return;
        if (order.group() != null) {
            Set<TeamId> mine = access.teamsOf(caller);
            boolean groupMember = groups.members(order.group().id()).stream()
                    .anyMatch(m -> m.isActive() && mine.contains(m.teamId()));
            if (groupMember) return;
        }
        throw new com.brewski.domain.shared.Forbidden("forbidden");
    }

    private Order lockedOrder(Caller caller, UUID orderId) {
        Order order = orders.byIdForUpdate(orderId).orElseThrow(ManageOrders::notFound);
        access.requireMembership(caller, order.teamId());
        return order;
    }

    private OrderView view(UUID orderId) {
        return orders.view(orderId, today()).orElseThrow(ManageOrders::notFound);
    }

    private LineItem buildLine(Order order, NewLine input) {
        Instant now = clock.instant();
        UUID id = ids.newId();
        if (input.kind() == LineKind.CUSTOM) {
            return LineItem.custom(id, order.id(), input.description(), input.unit(), input.quantity(),
                    input.unitPriceMinor(), input.taxRate(), input.discount(), now);
        }
        Client client = clients.byId(order.clientId()).orElseThrow(() -> new NotFound("Client not found"));
        Optional<UUID> defaultBook = pricebooks.defaultOf(order.teamId()).map(p -> p.id());
        if (input.multipackId() != null) {
            Multipack pack = multipacks.byId(input.multipackId()).filter(m -> m.teamId().equals(order.teamId()))
                    .orElseThrow(() -> new InvalidField("multipackId", "multipackId: Multipack not found"));
            Priced priced = price(input, () -> PriceQuote.resolve(
                    Optional.ofNullable(client.pricebookId()).flatMap(p -> pricebooks.itemForMultipack(p, pack.id())),
                    defaultBook.flatMap(p -> pricebooks.itemForMultipack(p, pack.id())),
                    Optional.of(pack), pack.name()));
            return LineItem.multipack(id, order.id(), pack.id(), pack.beerId(), pack.containerId(), pack.packSize(),
                    input.description() == null ? pack.name() : input.description(),
                    input.unit() == null ? "Pack of " + pack.packSize() : input.unit(),
                    input.quantity(), priced.unitPriceMinor(), input.taxRate(), priced.discount(), now);
        }
        Beer beer = beers.byId(input.beerId()).filter(b -> b.teamId().equals(order.teamId()))
                .orElseThrow(() -> new InvalidField("beerId", "beerId: Beer not found"));
        Container container = containers.byId(input.containerId()).filter(c -> c.teamId().equals(order.teamId()))
                .orElseThrow(() -> new InvalidField("containerId", "containerId: Container not found"));
        String described = beer.name() + " – " + container.name();
        Priced priced = price(input, () -> PriceQuote.resolve(
                Optional.ofNullable(client.pricebookId()).flatMap(p -> pricebooks.itemFor(p, beer.id(), container.id())),
                defaultBook.flatMap(p -> pricebooks.itemFor(p, beer.id(), container.id())),
                Optional.empty(), described));
        return LineItem.beer(id, order.id(), beer.id(), container.id(),
                input.description() == null ? described : input.description(),
                input.unit() == null ? container.name() : input.unit(),
                input.quantity(), priced.unitPriceMinor(), input.taxRate(), priced.discount(), now);
    }

    private record Priced(long unitPriceMinor, Discount discount) {}

    private static Priced price(NewLine input, java.util.function.Supplier<PriceQuote> quote) {
        if (input.unitPriceMinor() != null) return new Priced(input.unitPriceMinor(), input.discount());
        PriceQuote q = quote.get();
        Discount discount = input.discount() != null ? input.discount()
                : q.discountPercent() == null || q.discountPercent().signum() == 0 ? null
                : new Discount.Percentage(q.discountPercent());
        return new Priced(q.unitPriceMinor(), discount);
    }

    /** Takes {@code units} (negative puts back) of a manually tracked beer's stock; refuses to go below zero. */
    private void takeStock(LineItem line, BigDecimal units) {
        if (!line.takesStock() || units.signum() == 0) return;
        Beer beer = beers.byId(line.beerId()).orElse(null);
        if (beer == null || !beer.tracksStockByHand()) return;
        if (beers.adjustStock(beer.id(), line.containerId(), units.negate()).isEmpty())
            throw new Conflict("Not enough stock of " + beer.name() + " for this quantity");
    }

    private GroupLink linkFor(TeamId team, NewOrder.GroupFields fields) {
        if (fields == null || fields.groupId() == null) return null;
        GroupLink link = new GroupLink(fields.groupId(), fields.claimTeamId(), fields.claimStatus(),
                fields.earliestDeliveryAt(), fields.latestDeliveryAt());
        checkLink(team, link);
        return link;
    }

    private GroupLink changedLink(Order order, OrderUpdate input) {
        GroupLink current = order.groupLink().orElse(null);
        UUID groupId = input.groupId().isPresent() ? input.groupId().orElse(null) : current == null ? null : current.groupId();
        if (groupId == null) {
            if (input.groupId().isPresent()) return null; // clearing the link resets claim and window
            String field = input.groupClaimTeamId().isPresent() ? "groupClaimTeamId"
                    : input.groupClaimStatus().isPresent() ? "groupClaimStatus"
                    : input.groupEarliestDeliveryAt().isPresent() ? "groupEarliestDeliveryAt" : "groupLatestDeliveryAt";
            throw new InvalidField(field, field + " requires groupId");
        }
        boolean sameGroup = current != null && current.groupId().equals(groupId);
        GroupLink base = sameGroup ? current : GroupLink.unclaimed(groupId);
        GroupLink link = new GroupLink(groupId,
                input.groupClaimTeamId().orElse(base.claimTeamId()),
                input.groupClaimStatus().orElse(base.claimStatus()),
                input.groupEarliestDeliveryAt().orElse(base.earliestDeliveryAt()),
                input.groupLatestDeliveryAt().orElse(base.latestDeliveryAt()));
        checkLink(order.teamId(), link);
        return link;
    }

    /** The order's team, and the claim team when set, must be active members of an active group. */
    private void checkLink(TeamId team, GroupLink link) {
        BreweryGroup group = groups.byId(link.groupId()).orElseThrow(() -> new InvalidField("groupId", "groupId: Group not found"));
        if (group.isRetired()) throw new InvalidField("groupId", "groupId: Group is retired");
        if (groups.member(group.id(), team).filter(GroupMember::isActive).isEmpty())
            throw new InvalidField("groupId", "groupId: The order's team must be an active member of the group");
        if (link.claimTeamId() != null && groups.member(group.id(), link.claimTeamId()).filter(GroupMember::isActive).isEmpty())
            throw new InvalidField("groupClaimTeamId", "groupClaimTeamId: The claim team must be an active member of the group");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static NotFound notFound() {
        return new NotFound("Order not found");
    }

}
