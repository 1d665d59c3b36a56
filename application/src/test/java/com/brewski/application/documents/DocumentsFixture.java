package com.brewski.application.documents;

import com.brewski.application.clients.Clients;
import com.brewski.application.identity.Caller;
import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.Orders;
import com.brewski.application.payments.Payments;
import com.brewski.application.shared.Sort;
import com.brewski.application.testing.IdentityFixture;
import com.brewski.application.testing.InMemoryDocuments;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.application.testing.InMemoryTransactions;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.orders.ShippingMode;
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.Patch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents use cases on in-memory ports: a team with an owner, a client, orders held as read
 * models, a renderer that records what it was given; the document rows roll back with a failed
 * transaction (and the after-rollback work runs), as on PostgreSQL.
 */
final class DocumentsFixture {
    final IdentityFixture identity = new IdentityFixture();
    final InMemoryDocuments documents = new InMemoryDocuments();
    final InMemoryObjectStore objects;
    final StubOrders orders = new StubOrders();
    final StubPayments payments = new StubPayments();
    final StubClients clients = new StubClients();
    final RecordingRenderer renderer = new RecordingRenderer();
    final InMemoryTransactions transactions = identity.transactions;
    final ManageDocuments manageDocuments;
    final DocumentInvalidation invalidation;
    final Caller owner;
    final Team team;
    final Client client;

    DocumentsFixture() {
        this(new InMemoryObjectStore());
    }

    DocumentsFixture(InMemoryObjectStore objects) {
        this.objects = objects;
        transactions.enlist(documents);
        this.manageDocuments = new ManageDocuments(documents, renderer, objects, orders, identity.teams,
                clients, identity.access, transactions, identity.clock, identity.ids);
        this.invalidation = new DocumentInvalidation(documents, objects, transactions);
        this.owner = caller("owner@lantern.example");
        this.team = identity.manageTeams.create(owner, "Lantern Brewery", billing()).team();
        Instant now = identity.clock.instant();
        this.client = new Client(UUID.randomUUID(), team.id(), "The Crown", null, null,
                new Address("1 High St", null, "Bristol", null, "bs1 4dj", "UK"),
                new Address("Accounts, 9 Mill Lane", null, "Bath", null, "BA1 1AA", null), null, null, null, now, now);
        clients.add(client);
    }

    /** Billing settings: name, address, VAT number and bank details; default payment terms (30 days). */
    static SettingsChange billing() {
        return new SettingsChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.set("Lantern Brewing Ltd"), Patch.set("Unit 4, Brewery Yard\nBristol BS2 0XX"), Patch.set("GB123456789"),
                Patch.set("Sort code 12-34-56, account 12345678"), Patch.absent(), Patch.absent(), Patch.absent(),
                Map.of(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    Caller caller(String email) {
        return identity.signIn.authenticate(identity.signIn.register(email, "correct horse", "Someone", "10.0.0.1").accessToken());
    }

    /** An order of the fixture's team with two custom lines (£120 + 20% tax, £10 − 10% at 0%) and £5 shipping. */
    Order order() {
        return order(team.id(), client);
    }

    Order order(TeamId teamId, Client client) {
        Instant now = identity.clock.instant();
        Order order = Order.open(UUID.randomUUID(), teamId, "ORD-0000" + (orders.count() + 1), "£",
                new Order.Draft(client.id(), OrderStatus.CONFIRMED, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"),
                        "Leave with cellar team", true, null, null, new Shipping.Choice(ShippingMode.MANUAL, 500L, null)),
                List.of(), now);
        order.addLine(LineItem.custom(UUID.randomUUID(), order.id(), "Lantern Pils 30L Keg", "30L Keg", Quantity.of("2"),
                6000L, new TaxRate(new BigDecimal("20")), null, now), List.of(), now);
        order.addLine(LineItem.custom(UUID.randomUUID(), order.id(), "Glassware", "Box", Quantity.of("1"),
                1000L, TaxRate.NONE, new com.brewski.domain.orders.Discount.Percentage(BigDecimal.TEN), now), List.of(), now);
        orders.put(order, client);
        return order;
    }

    static final class StubOrders implements Orders {
        private final Map<UUID, Order> orders = new ConcurrentHashMap<>();
        private final Map<UUID, Client> clients = new ConcurrentHashMap<>();
        private List<Payment> payments = List.of();

        void put(Order order, Client client) {
            orders.put(order.id(), order);
            clients.put(order.id(), client);
        }

        int count() {
            return orders.size();
        }

        void payments(List<Payment> payments) {
            this.payments = payments;
        }

        @Override
        public Optional<OrderView> view(UUID id, LocalDate today) {
            Order o = orders.get(id);
            if (o == null) return Optional.empty();
            long paid = payments.stream().filter(p -> p.orderId().equals(id)).mapToLong(Payment::signedMinor).sum();
            GroupLink link = o.groupLink().orElse(null);
            OrderView.Header header = new OrderView.Header(o.id(), o.teamId(), o.number(), o.status(), o.dispatchStatus(),
                    o.issueDate(), o.dueDate(), o.subtotalMinor(), o.taxTotalMinor(), o.totalMinor(), o.currencySymbol(),
                    o.dutySuspense(), o.awrsNumber() == null ? null : o.awrsNumber().value(), "XAW00000000001",
                    o.createdAt(), o.updatedAt(), o.clientId(), clients.get(id).name(), null, null, null, null,
                    link == null ? null : link.earliestDeliveryAt(), link == null ? null : link.latestDeliveryAt(),
                    new OrderView.PaymentTotals(Math.max(paid, 0), Math.max(-paid, 0)), 0,
                    OrderFlags.of(o.status(), o.dueDate(), today, o.totalMinor(), Math.max(paid, 0), Math.max(-paid, 0)));
            List<OrderView.LineView> lines = o.lines().stream()
                    .map(l -> new OrderView.LineView(l, null, null, null, null)).toList();
            return Optional.of(new OrderView(header, o.shipping(), o.notes(), lines,
                    payments.stream().filter(p -> p.orderId().equals(id)).toList(), List.of()));
        }

        @Override public long nextSequence(TeamId teamId) { throw new UnsupportedOperationException(); }
        @Override public boolean insert(Order order) { throw new UnsupportedOperationException(); }
        @Override public Optional<Order> byIdForUpdate(UUID id) { return Optional.ofNullable(orders.get(id)); }
        @Override public void update(Order order) { orders.put(order.id(), order); }
        @Override public boolean compareAndSetClaim(UUID orderId, GroupLink expected, GroupLink replacement,
                                                    boolean beforeDispatch, Instant now) {
            throw new UnsupportedOperationException();
        }
        @Override public Page<OrderView.Header> list(OrderQuery query) { throw new UnsupportedOperationException(); }
        @Override public com.brewski.application.identity.TeamRead<Page<OrderView.Header>> listForMember(
                com.brewski.domain.identity.UserId reader, OrderQuery query) { throw new UnsupportedOperationException(); }
        @Override public Optional<Readable<OrderView>> viewFor(com.brewski.domain.identity.UserId reader, UUID id, LocalDate today) {
            return view(id, today).map(v -> new Readable<>(v, true, true));
        }
        @Override public java.util.Optional<com.brewski.domain.identity.TeamId> previousClaimTeam(UUID orderId) {
            throw new UnsupportedOperationException();
        }
        @Override public OrderCounts counts(TeamId teamId, LocalDate today) { throw new UnsupportedOperationException(); }
    }

    final class StubPayments implements Payments {
        private final List<Payment> all = new ArrayList<>();

        @Override
        public synchronized void insert(Payment payment) {
            all.add(payment);
            orders.payments(List.copyOf(all));
        }

        @Override
        public synchronized List<Payment> ofOrder(UUID orderId) {
            return all.stream().filter(p -> p.orderId().equals(orderId)).toList();
        }
    }

    static final class StubClients implements Clients {
        private final Map<UUID, Client> clients = new ConcurrentHashMap<>();
        private final List<DeliverySite> sites = new ArrayList<>();

        void add(Client client) {
            clients.put(client.id(), client);
        }

        @Override public Optional<Client> byId(UUID id) { return Optional.ofNullable(clients.get(id)); }
        @Override public List<DeliverySite> sites(UUID clientId) {
            return sites.stream().filter(s -> s.clientId().equals(clientId)).toList();
        }
        @Override public void insertSite(DeliverySite site) { sites.add(site); }
        @Override public Page<ClientSummary> list(TeamId teamId, Filter filter, Instant recentSince, Sort sort, PageRequest page) {
            throw new UnsupportedOperationException();
        }
        @Override public List<Client> search(TeamId teamId, String query, int limit) { throw new UnsupportedOperationException(); }
        @Override public void insert(Client client) { add(client); }
        @Override public void update(Client client) { add(client); }
        @Override public Optional<DeliverySite> site(UUID siteId) { throw new UnsupportedOperationException(); }
        @Override public void updateSite(DeliverySite site) { throw new UnsupportedOperationException(); }
        @Override public void deleteSite(UUID siteId) { throw new UnsupportedOperationException(); }
    }

    /** Records what it is asked to render; the "PDF" names the document and its number. */
    static final class RecordingRenderer implements DocumentRenderer {
        final List<InvoiceData> invoices = new ArrayList<>();
        final List<DeliveryNoteData> notes = new ArrayList<>();

        @Override
        public byte[] invoice(InvoiceData invoice) {
            invoices.add(invoice);
            return ("%PDF invoice " + invoice.invoiceNumber() + " #" + invoices.size()).getBytes();
        }

        @Override
        public byte[] deliveryNote(DeliveryNoteData note) {
            notes.add(note);
            return ("%PDF delivery note " + note.orderNumber() + " #" + notes.size()).getBytes();
        }
    }
}
