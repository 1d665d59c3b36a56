package com.brewski.adapters.persistence;

import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderState;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.OrderView.Header;
import com.brewski.application.orders.Orders;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.AwrsNumber;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.LineChange;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderChange;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderNumber;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.orders.ShippingMode;
import com.brewski.domain.orders.ShippingRule;
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.Patch;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static com.brewski.adapters.persistence.OrdersFixture.TODAY;
import static com.brewski.adapters.persistence.OrdersFixture.at;
import static com.brewski.adapters.persistence.OrdersFixture.custom;
import static com.brewski.adapters.persistence.OrdersFixture.draft;
import static com.brewski.adapters.persistence.OrdersFixture.withCharge;
import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDER_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link Orders} port on PostgreSQL: storage, numbering, the read models and their statement counts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqOrdersTest {
    private static final Shipping.Choice NO_SHIPPING = new Shipping.Choice(ShippingMode.NONE, null, null);

    private OrdersFixture fx;
    private Orders orders;

    @BeforeAll
    void openDatabase() {
        fx = new OrdersFixture();
        orders = fx.orders;
    }

    private <T> T tx(Supplier<T> work) {
        return fx.persistence.transactions().inTransaction(work);
    }

    private static TaxRate tax(String percent) {
        return new TaxRate(new BigDecimal(percent));
    }

    /** A team with a client, a keg, a can, a beer, a six-pack of it and a group claimed by another team. */
    private final class Catalogue {
        final Team team = fx.team("Lantern Brewery");
        final Team hub = fx.team("Harbour Hub Brewing");
        final UUID client = fx.client(team.id(), "Lantern Taproom", "XAW000000123");
        final UUID keg = fx.container(team.id(), "30L Keg", "keg");
        final UUID can = fx.container(team.id(), "440ml Can", "can");
        final UUID pils = fx.beer(team.id(), "Lantern Pils");
        final UUID sixPack = fx.multipack(team.id(), "Pils Six", 6, pils, can);
        final UUID group = fx.group("Southwest Brewers Cooperative", "Bristol & Somerset");

        /** A confirmed order with every field set and a beer, a multipack and a custom line. */
        Order fullOrder() {
            GroupLink link = new GroupLink(group, hub.id(), GroupClaimStatus.COLLATING, at(86_400), at(3 * 86_400));
            Order.Draft draft = new Order.Draft(client, OrderStatus.CONFIRMED, LocalDate.parse("2025-03-01"),
                    LocalDate.parse("2025-03-10"), "Leave with cellar team", true, new AwrsNumber("XAW000000123"), link,
                    new Shipping.Choice(ShippingMode.MANUAL, 5500L, "Tail lift"));
            Order order = Order.open(UUID.randomUUID(), team.id(), "ORD-00042", "£", draft, List.of(), at(0));
            order.changeDispatch(DispatchStatus.PACKED, at(1));
            order.addLine(LineItem.beer(UUID.randomUUID(), order.id(), pils, keg, "Lantern Pils – 30L Keg", "30L Keg",
                    Quantity.of("2.5"), 30_001, tax("20"), new Discount.Percentage(new BigDecimal("12.5")), at(2)), List.of(), at(2));
            order.addLine(LineItem.multipack(UUID.randomUUID(), order.id(), sixPack, pils, can, 6, "Pils Six", "Pack of 6",
                    Quantity.of("3.125"), 1_299, tax("17.5"), new Discount.Fixed(new BigDecimal("2.35")), at(3)), List.of(), at(3));
            order.addLine(custom(order, "Pallet delivery", "1", 2_500, "20", new Discount.Fixed(new BigDecimal("5")), at(4)),
                    List.of(), at(4));
            return order;
        }
    }

    // ---------------------------------------------------------------- storage

    @Test
    void an_order_with_standard_multipack_and_custom_lines_round_trips() {
        Catalogue c = new Catalogue();
        Order order = c.fullOrder();

        assertThat(tx(() -> orders.insert(order))).isTrue();
        Order loaded = tx(() -> orders.byIdForUpdate(order.id())).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(order);
        assertThat(loaded.lines()).extracting(LineItem::description)
                .containsExactly("Lantern Pils – 30L Keg", "Pils Six", "Pallet delivery");
        assertStoredAmounts(order);
    }

    @Test
    void update_saves_every_field_and_brings_the_lines_in_step() {
        Catalogue c = new Catalogue();
        Order stored = fx.stored(c.fullOrder());
        UUID kept = stored.lines().get(0).id();
        UUID changed = stored.lines().get(1).id();
        UUID removed = stored.lines().get(2).id();
        String keptVersion = rowVersion(kept);
        ShippingRule rule = new ShippingRule(UUID.randomUUID(), c.team.id().value(), "Standard pallet", 4_000, 0, null, at(0), at(0));
        UUID otherGroup = fx.group("Northern Brewers", null);

        Order updated = tx(() -> {
            Order order = orders.byIdForUpdate(stored.id()).orElseThrow();
            order.changeLine(changed, new LineChange(Patch.set("Pils Six (promo)"), Patch.absent(), Patch.set(Quantity.of("4.75")),
                    Patch.set(1_350L), Patch.set(tax("5")), Patch.set(null)), List.of(rule), at(10));
            order.removeLine(removed, List.of(rule), at(11));
            order.addLine(custom(order, "Glassware", "12", 150, "20", new Discount.Percentage(new BigDecimal("33.333")), at(12)),
                    List.of(rule), at(12));
            order.update(new OrderChange(Patch.set(OrderStatus.DRAFT), Patch.set(LocalDate.parse("2025-03-02")),
                    Patch.set(null), Patch.set("Ring ahead"), Patch.set(false), Patch.set(null),
                    Patch.set(new GroupLink(otherGroup, null, GroupClaimStatus.UNCLAIMED, null, at(500))),
                    Patch.set(Shipping.Choice.AUTO)), List.of(rule), at(13));
            order.changeDispatch(DispatchStatus.IN_TRANSIT, at(14));
            orders.update(order);
            return order;
        });
        Order loaded = tx(() -> orders.byIdForUpdate(stored.id())).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(updated);
        assertThat(loaded.lines()).extracting(LineItem::id).containsExactly(kept, changed, updated.lines().get(2).id());
        assertThat(loaded.shipping()).isEqualTo(new Shipping(ShippingMode.AUTO, rule.id(), "Standard pallet", 4_000, null));
        assertThat(loaded.dispatchStatus()).isEqualTo(DispatchStatus.IN_TRANSIT);
        assertThat(fx.sql.fetchCount(ORDER_ITEMS, ORDER_ITEMS.ID.eq(removed))).isZero();
        assertThat(rowVersion(kept)).as("an unchanged line is not rewritten").isEqualTo(keptVersion);
        assertStoredAmounts(updated);
    }

    @Test
    void clearing_the_group_link_clears_every_group_column() {
        Catalogue c = new Catalogue();
        Order stored = fx.stored(c.fullOrder());

        tx(() -> {
            Order order = orders.byIdForUpdate(stored.id()).orElseThrow();
            order.relink(null, at(20));
            orders.update(order);
            return null;
        });

        Record row = fx.sql.select(ORDERS.GROUP_ID, ORDERS.GROUP_CLAIM_STATUS, ORDERS.GROUP_CLAIM_TEAM_ID,
                        ORDERS.GROUP_EARLIEST_DELIVERY_AT, ORDERS.GROUP_LATEST_DELIVERY_AT, ORDERS.UPDATED_AT)
                .from(ORDERS).where(ORDERS.ID.eq(stored.id())).fetchSingle();
        assertThat(row.intoArray()).containsExactly(null, null, null, null, null, at(20));
        assertThat(tx(() -> orders.byIdForUpdate(stored.id())).orElseThrow().groupLink()).isEmpty();
    }

    @Test
    void an_order_loses_all_its_lines_when_the_last_is_removed() {
        Catalogue c = new Catalogue();
        Order stored = fx.stored(c.fullOrder());

        tx(() -> {
            Order order = orders.byIdForUpdate(stored.id()).orElseThrow();
            for (LineItem line : order.lines()) order.removeLine(line.id(), List.of(), at(30));
            orders.update(order);
            return null;
        });

        assertThat(fx.sql.fetchCount(ORDER_ITEMS, ORDER_ITEMS.ORDER_ID.eq(stored.id()))).isZero();
        Order loaded = tx(() -> orders.byIdForUpdate(stored.id())).orElseThrow();
        assertThat(loaded.subtotalMinor()).isEqualTo(5_500); // the manual shipping alone
        assertThat(loaded.taxTotalMinor()).isZero();
    }

    @Test
    void an_unknown_order_is_not_found_and_cannot_be_updated() {
        Catalogue c = new Catalogue();
        Order never = c.fullOrder();

        assertThat(tx(() -> orders.byIdForUpdate(never.id()))).isEmpty();
        assertThat(orders.view(never.id(), TODAY)).isEmpty();
        assertThatThrownBy(() -> tx(() -> {
            orders.update(never);
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void byIdForUpdate_locks_the_order_row_until_the_transaction_ends() throws Exception {
        Catalogue c = new Catalogue();
        Order stored = fx.stored(c.fullOrder());
        CyclicBarrier locked = new CyclicBarrier(2);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Long> waited = other.submit(() -> {
                locked.await(10, TimeUnit.SECONDS);
                long start = System.nanoTime();
                tx(() -> orders.byIdForUpdate(stored.id()));
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            });
            tx(() -> {
                orders.byIdForUpdate(stored.id()).orElseThrow();
                await(locked);
                sleep(400);
                return null;
            });
            assertThat(waited.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(300);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void a_taken_number_answers_false_and_the_transaction_stays_usable() {
        Catalogue c = new Catalogue();
        Team otherTeam = fx.team("Other Brewery");
        UUID otherClient = fx.client(otherTeam.id(), "Other Taproom", null);
        fx.stored(draft(c.team, c.client, "ORD-20250301-AAAA", OrderStatus.DRAFT, TODAY, null, null, at(0)));
        Order clash = withCharge(draft(c.team, c.client, "ORD-20250301-AAAA", OrderStatus.DRAFT, TODAY, null, null, at(1)), 100, at(1));
        Order retry = withCharge(draft(c.team, c.client, "ORD-20250301-BBBB", OrderStatus.DRAFT, TODAY, null, null, at(2)), 100, at(2));

        List<Boolean> answers = tx(() -> List.of(orders.insert(clash), orders.insert(retry)));

        assertThat(answers).containsExactly(false, true);
        assertThat(fx.sql.fetchCount(ORDERS, ORDERS.ID.eq(clash.id()))).isZero();
        assertThat(fx.sql.fetchCount(ORDER_ITEMS, ORDER_ITEMS.ORDER_ID.eq(clash.id()))).isZero();
        assertThat(tx(() -> orders.byIdForUpdate(retry.id()))).isPresent();
        assertThat(tx(() -> orders.insert(draft(otherTeam, otherClient, "ORD-20250301-AAAA", OrderStatus.DRAFT, TODAY,
                null, null, at(3))))).as("numbers are unique per team only").isTrue();
    }

    // ---------------------------------------------------------------- numbering

    @Test
    void sequence_numbers_are_gap_free_and_unique_under_concurrent_creators() throws Exception {
        Team team = fx.team("Busy Brewery");
        UUID client = fx.client(team.id(), "Busy Bar", null);
        int threads = 8;
        int perThread = 6;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Long> taken = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        taken.add(tx(() -> {
                            long n = orders.nextSequence(team.id());
                            Order order = withCharge(draft(team, client, OrderNumber.sequential(n), OrderStatus.DRAFT, TODAY,
                                    null, null, at(n)), 100, at(n));
                            if (!orders.insert(order)) throw new IllegalStateException("number " + n + " taken twice");
                            return n;
                        }));
                    }
                    return taken;
                }));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<List<Long>> future : futures) numbers.addAll(future.get(60, TimeUnit.SECONDS));

            long total = (long) threads * perThread;
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
            assertThat(fx.sql.select(ORDERS.NUMBER).from(ORDERS).where(ORDERS.TEAM_ID.eq(team.id().value()))
                    .orderBy(ORDERS.NUMBER).fetch(ORDERS.NUMBER))
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, total).mapToObj(OrderNumber::sequential).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_rolled_back_creation_gives_its_number_back() {
        Team team = fx.team("Careful Brewery");
        Team other = fx.team("Other Brewery");

        assertThat(tx(() -> orders.nextSequence(team.id()))).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> {
            assertThat(orders.nextSequence(team.id())).isEqualTo(2);
            throw new IllegalStateException("creation failed");
        })).hasMessage("creation failed");

        assertThat(tx(() -> orders.nextSequence(team.id()))).isEqualTo(2);
        assertThat(tx(() -> orders.nextSequence(other.id()))).as("each team has its own sequence").isEqualTo(1);
    }

    // ---------------------------------------------------------------- view

    @Test
    void view_shows_the_client_group_claim_team_and_line_display_names() {
        Catalogue c = new Catalogue();
        Order order = fx.stored(c.fullOrder());

        OrderView view = orders.view(order.id(), TODAY).orElseThrow();

        Header h = view.header();
        assertThat(h.id()).isEqualTo(order.id());
        assertThat(h.teamId()).isEqualTo(c.team.id());
        assertThat(h.number()).isEqualTo("ORD-00042");
        assertThat(h.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(h.dispatchStatus()).isEqualTo(DispatchStatus.PACKED);
        assertThat(h.issueDate()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(h.dueDate()).isEqualTo(LocalDate.parse("2025-03-10"));
        assertThat(h.subtotalMinor()).isEqualTo(order.subtotalMinor());
        assertThat(h.taxTotalMinor()).isEqualTo(order.taxTotalMinor());
        assertThat(h.totalMinor()).isEqualTo(order.totalMinor()).isPositive();
        assertThat(h.currencySymbol()).isEqualTo("£");
        assertThat(h.dutySuspense()).isTrue();
        assertThat(h.awrsNumber()).isEqualTo("XAW000000123");
        assertThat(h.clientId()).isEqualTo(c.client);
        assertThat(h.clientName()).isEqualTo("Lantern Taproom");
        assertThat(h.group()).isEqualTo(new OrderView.GroupSummary(c.group, fx.groupSlug(c.group),
                "Southwest Brewers Cooperative", "active", true, "Bristol & Somerset"));
        assertThat(h.groupClaimStatus()).isEqualTo(GroupClaimStatus.COLLATING);
        assertThat(h.groupClaimTeamId()).isEqualTo(c.hub.id());
        assertThat(h.groupClaimTeamName()).isEqualTo("Harbour Hub Brewing");
        assertThat(h.groupEarliestDeliveryAt()).isEqualTo(at(86_400));
        assertThat(h.groupLatestDeliveryAt()).isEqualTo(at(3 * 86_400));
        assertThat(h.createdAt()).isEqualTo(at(0));
        assertThat(h.updatedAt()).isEqualTo(at(4));
        assertThat(h.payments()).isEqualTo(OrderView.PaymentTotals.NONE);
        assertThat(h.remainingMinor()).isEqualTo(order.totalMinor());
        assertThat(h.depositBalanceMinor()).isZero();
        assertThat(h.flags()).isEqualTo(new OrderFlags(true, false, false, false)); // confirmed, due 03-10 < 03-15, unpaid
        assertThat(view.notes()).isEqualTo("Leave with cellar team");
        assertThat(view.shipping()).isEqualTo(new Shipping(ShippingMode.MANUAL, null, null, 5_500, "Tail lift"));

        assertThat(view.items()).extracting(OrderView.LineView::beerName, OrderView.LineView::multipackName,
                        OrderView.LineView::containerName, OrderView.LineView::containerType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lantern Pils", null, "30L Keg", "keg"),
                        org.assertj.core.groups.Tuple.tuple("Lantern Pils", "Pils Six", "440ml Can", "can"),
                        org.assertj.core.groups.Tuple.tuple(null, null, null, null));
        assertThat(view.items()).extracting(OrderView.LineView::line)
                .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(order.lines());
    }

    @Test
    void view_mirrors_the_clients_current_awrs_number_beside_the_orders_snapshot() {
        Catalogue c = new Catalogue();
        Order order = fx.stored(c.fullOrder());
        fx.changeClientAwrs(c.client, "XAW000000999");

        Header h = orders.view(order.id(), TODAY).orElseThrow().header();

        assertThat(h.awrsNumber()).isEqualTo("XAW000000123");
        assertThat(h.clientAwrsNumber()).isEqualTo("XAW000000999");

        fx.changeClientAwrs(c.client, null);
        assertThat(orders.view(order.id(), TODAY).orElseThrow().header().clientAwrsNumber()).isNull();
    }

    @Test
    void view_of_an_order_without_group_has_no_group_fields_and_its_flags_follow_today() {
        Catalogue c = new Catalogue();
        Order order = fx.stored(withCharge(draft(c.team, c.client, "ORD-00001", OrderStatus.CONFIRMED,
                LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-15"), null, at(0)), 1_000, at(0)));

        Header onDueDate = orders.view(order.id(), TODAY).orElseThrow().header();
        Header dayAfter = orders.view(order.id(), TODAY.plusDays(1)).orElseThrow().header();

        assertThat(onDueDate.group()).isNull();
        assertThat(onDueDate.groupClaimStatus()).isNull();
        assertThat(onDueDate.groupClaimTeamId()).isNull();
        assertThat(onDueDate.groupClaimTeamName()).isNull();
        assertThat(onDueDate.groupEarliestDeliveryAt()).isNull();
        assertThat(onDueDate.flags().due()).isFalse();
        assertThat(dayAfter.flags().due()).isTrue();
    }

    // ---------------------------------------------------------------- list

    /** A list query being built: team (or group) first, then filters. */
    private static final class Query {
        TeamId teamId;
        UUID groupId;
        OrderState state;
        OrderStatus status;
        DispatchStatus dispatchStatus;
        GroupClaimStatus groupClaimStatus;
        String search;
        Sort sort = new Sort("issueDate", Sort.Direction.DESC);
        PageRequest page = new PageRequest(1, 200);

        static Query team(Team team) {
            Query q = new Query();
            q.teamId = team.id();
            return q;
        }

        static Query group(UUID group) {
            Query q = new Query();
            q.groupId = group;
            return q;
        }

        Query inGroup(UUID group) { groupId = group; return this; }
        Query state(OrderState value) { state = value; return this; }
        Query status(OrderStatus value) { status = value; return this; }
        Query dispatch(DispatchStatus value) { dispatchStatus = value; return this; }
        Query claim(GroupClaimStatus value) { groupClaimStatus = value; return this; }
        Query search(String value) { search = value; return this; }
        Query sort(String key, Sort.Direction direction) { sort = new Sort(key, direction); return this; }
        Query page(int number, int size) { page = new PageRequest(number, size); return this; }

        OrderQuery build() {
            return new OrderQuery(teamId, groupId, state, status, dispatchStatus, groupClaimStatus, search, sort, page, TODAY);
        }
    }

    private List<UUID> ids(Query query) {
        return tx(() -> orders.list(query.build())).results().stream().map(Header::id).toList();
    }

    private static List<UUID> ids(Order... list) {
        return List.of(list).stream().map(Order::id).toList();
    }

    @Test
    void a_teams_list_never_shows_another_teams_orders() {
        Catalogue a = new Catalogue();
        Catalogue b = new Catalogue();
        Order a1 = fx.stored(draft(a.team, a.client, "ORD-00001", OrderStatus.DRAFT, TODAY, null, null, at(0)));
        Order a2 = fx.stored(draft(a.team, a.client, "ORD-00002", OrderStatus.CONFIRMED, TODAY, null, null, at(1)));
        Order b1 = fx.stored(draft(b.team, b.client, "ORD-00001", OrderStatus.DRAFT, TODAY, null, null, at(2)));

        assertThat(ids(Query.team(a.team))).containsExactlyInAnyOrderElementsOf(ids(a1, a2));
        assertThat(ids(Query.team(b.team))).containsExactly(b1.id());
        assertThat(ids(Query.team(a.team).search("ORD-00001"))).containsExactly(a1.id());
        assertThat(tx(() -> orders.list(Query.team(b.team).build())).total()).isEqualTo(1);
    }

    @Test
    void a_group_list_spans_the_groups_teams_and_a_team_list_can_narrow_to_a_group() {
        Catalogue a = new Catalogue();
        Catalogue b = new Catalogue();
        UUID group = fx.group("Shared Deliveries", "Kent");
        Order a1 = fx.stored(draft(a.team, a.client, "ORD-00001", OrderStatus.DRAFT, TODAY, null, GroupLink.unclaimed(group), at(0)));
        Order a2 = fx.stored(draft(a.team, a.client, "ORD-00002", OrderStatus.DRAFT, TODAY, null,
                new GroupLink(group, b.team.id(), GroupClaimStatus.CLAIMED, null, null), at(1)));
        Order b1 = fx.stored(draft(b.team, b.client, "ORD-00001", OrderStatus.DRAFT, TODAY, null, GroupLink.unclaimed(group), at(2)));
        fx.stored(draft(a.team, a.client, "ORD-00003", OrderStatus.DRAFT, TODAY, null, null, at(3)));
        fx.stored(draft(b.team, b.client, "ORD-00002", OrderStatus.DRAFT, TODAY, null, GroupLink.unclaimed(a.group), at(4)));

        assertThat(ids(Query.group(group))).containsExactlyInAnyOrderElementsOf(ids(a1, a2, b1));
        assertThat(ids(Query.team(a.team).inGroup(group))).containsExactlyInAnyOrderElementsOf(ids(a1, a2));
        assertThat(ids(Query.group(group).claim(GroupClaimStatus.UNCLAIMED))).containsExactlyInAnyOrderElementsOf(ids(a1, b1));
        assertThat(ids(Query.group(group).claim(GroupClaimStatus.CLAIMED))).containsExactly(a2.id());

        Header claimed = tx(() -> orders.list(Query.group(group).claim(GroupClaimStatus.CLAIMED).build())).results().getFirst();
        assertThat(claimed.groupClaimTeamName()).isEqualTo(b.team.settings().name());
        assertThat(claimed.group().name()).isEqualTo("Shared Deliveries");
        assertThat(claimed.group().regionLabel()).isEqualTo("Kent");
        assertThat(claimed.clientName()).isEqualTo("Lantern Taproom");
    }

    @Test
    void filters_by_status_and_dispatch_status() {
        Catalogue c = new Catalogue();
        Order draftOrder = fx.stored(draft(c.team, c.client, "ORD-00001", OrderStatus.DRAFT, TODAY, null, null, at(0)));
        Order packed = draft(c.team, c.client, "ORD-00002", OrderStatus.CONFIRMED, TODAY, null, null, at(1));
        packed.changeDispatch(DispatchStatus.PACKED, at(1));
        fx.stored(packed);
        Order pending = fx.stored(draft(c.team, c.client, "ORD-00003", OrderStatus.CONFIRMED, TODAY, null, null, at(2)));
        Order cancelled = fx.stored(draft(c.team, c.client, "ORD-00004", OrderStatus.CANCELLED, TODAY, null, null, at(3)));

        assertThat(ids(Query.team(c.team).status(OrderStatus.CONFIRMED))).containsExactlyInAnyOrderElementsOf(ids(packed, pending));
        assertThat(ids(Query.team(c.team).status(OrderStatus.DRAFT))).containsExactly(draftOrder.id());
        assertThat(ids(Query.team(c.team).status(OrderStatus.CANCELLED))).containsExactly(cancelled.id());
        assertThat(ids(Query.team(c.team).dispatch(DispatchStatus.PACKED))).containsExactly(packed.id());
        assertThat(ids(Query.team(c.team).dispatch(DispatchStatus.PENDING).status(OrderStatus.CONFIRMED))).containsExactly(pending.id());
        assertThat(ids(Query.team(c.team).dispatch(DispatchStatus.DELIVERED))).isEmpty();
    }

    @Test
    void search_matches_the_number_or_the_client_name_ignoring_case_and_wildcards() {
        Catalogue c = new Catalogue();
        UUID harbour = fx.client(c.team.id(), "Harbour Inn", null);
        Order lantern1 = fx.stored(draft(c.team, c.client, "ORD-00001", OrderStatus.DRAFT, TODAY, null, null, at(0)));
        Order harbour2 = fx.stored(draft(c.team, harbour, "ORD-00002", OrderStatus.DRAFT, TODAY, null, null, at(1)));
        Order harbour3 = fx.stored(draft(c.team, harbour, "ORD-20250301-X1Y2", OrderStatus.DRAFT, TODAY, null, null, at(2)));

        assertThat(ids(Query.team(c.team).search("lantern"))).containsExactly(lantern1.id());
        assertThat(ids(Query.team(c.team).search("  HARBOUR inn "))).containsExactlyInAnyOrderElementsOf(ids(harbour2, harbour3));
        assertThat(ids(Query.team(c.team).search("ord-00002"))).containsExactly(harbour2.id());
        assertThat(ids(Query.team(c.team).search("x1y2"))).containsExactly(harbour3.id());
        assertThat(ids(Query.team(c.team).search("ORD-0000_"))).as("_ is not a wildcard").isEmpty();
        assertThat(ids(Query.team(c.team).search("%"))).as("%% is not a wildcard").isEmpty();
        assertThat(ids(Query.team(c.team).search(" "))).hasSize(3);
        assertThat(tx(() -> orders.list(Query.team(c.team).search("harbour").page(1, 1).build())).total()).isEqualTo(2);
    }

    /** Seven orders of one team covering the state rules; index → order. */
    private List<Order> stateScenario(Catalogue c) {
        LocalDate yesterday = TODAY.minusDays(1);
        LocalDate issued = TODAY.minusDays(30);
        return List.of(
                /* 0 due */ fx.stored(withCharge(draft(c.team, c.client, "ORD-00001", OrderStatus.CONFIRMED, issued, yesterday, null, at(0)), 1_000, at(0))),
                /* 1 due today, not yet due */ fx.stored(withCharge(draft(c.team, c.client, "ORD-00002", OrderStatus.CONFIRMED, issued, TODAY, null, at(1)), 1_000, at(1))),
                /* 2 no due date */ fx.stored(withCharge(draft(c.team, c.client, "ORD-00003", OrderStatus.CONFIRMED, issued, null, null, at(2)), 1_000, at(2))),
                /* 3 draft past due */ fx.stored(withCharge(draft(c.team, c.client, "ORD-00004", OrderStatus.DRAFT, issued, yesterday, null, at(3)), 1_000, at(3))),
                /* 4 confirmed, nothing to pay */ fx.stored(draft(c.team, c.client, "ORD-00005", OrderStatus.CONFIRMED, issued, yesterday, null, at(4))),
                /* 5 cancelled, nothing to pay */ fx.stored(draft(c.team, c.client, "ORD-00006", OrderStatus.CANCELLED, issued, yesterday, null, at(5))),
                /* 6 cancelled, unpaid */ fx.stored(cancelled(withCharge(draft(c.team, c.client, "ORD-00007", OrderStatus.DRAFT, issued, yesterday, null, at(6)), 500, at(6)))));
    }

    /** Cancels an order (its lines can no longer change). */
    private static Order cancelled(Order order) {
        order.update(new OrderChange(Patch.set(OrderStatus.CANCELLED), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent()), List.of(), order.updatedAt());
        return order;
    }

    @Test
    void state_filters_follow_status_due_and_paid_rules() {
        Catalogue c = new Catalogue();
        List<Order> o = stateScenario(c);

        assertThat(ids(Query.team(c.team).state(OrderState.DUE))).containsExactly(o.get(0).id());
        assertThat(ids(Query.team(c.team).state(OrderState.PAID))).containsExactlyInAnyOrderElementsOf(ids(o.get(4), o.get(5)));
        assertThat(ids(Query.team(c.team).state(OrderState.DRAFT))).containsExactly(o.get(3).id());
        assertThat(ids(Query.team(c.team).state(OrderState.CONFIRMED)))
                .containsExactlyInAnyOrderElementsOf(ids(o.get(0), o.get(1), o.get(2), o.get(4)));
        assertThat(ids(Query.team(c.team).state(OrderState.CANCELLED))).containsExactlyInAnyOrderElementsOf(ids(o.get(5), o.get(6)));
        assertThat(ids(Query.team(c.team).state(OrderState.PAID).status(OrderStatus.CANCELLED))).containsExactly(o.get(5).id());
    }

    @Test
    void list_flags_are_computed_in_sql_as_the_domain_computes_them() {
        Catalogue c = new Catalogue();
        stateScenario(c);

        List<Header> rows = tx(() -> orders.list(Query.team(c.team).build())).results();

        assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row.flags()).isEqualTo(OrderFlags.of(row.status(),
                row.dueDate(), TODAY, row.totalMinor(), row.payments().totalPaymentsMinor(), row.payments().totalRefundsMinor())));
        assertThat(rows).filteredOn(row -> row.flags().due()).extracting(Header::number).containsExactly("ORD-00001");
        assertThat(rows).filteredOn(row -> row.flags().paid()).extracting(Header::number)
                .containsExactlyInAnyOrder("ORD-00005", "ORD-00006");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.payments()).isEqualTo(OrderView.PaymentTotals.NONE);
            assertThat(row.depositBalanceMinor()).isZero();
            assertThat(row.clientName()).isEqualTo("Lantern Taproom");
            assertThat(row.clientAwrsNumber()).isEqualTo("XAW000000123");
            assertThat(row.group()).isNull();
        });
    }

    @Test
    void counts_by_state_come_from_one_aggregate_query() {
        Catalogue c = new Catalogue();
        stateScenario(c);
        Team empty = fx.team("Empty Brewery");

        List<String> statements = fx.statements.during(() -> assertThat(tx(() -> orders.counts(c.team.id(), TODAY)))
                .isEqualTo(new Orders.OrderCounts(7, 1, 1, 4, 2, 2)));

        assertThat(statements).hasSize(1);
        assertThat(orders.counts(empty.id(), TODAY)).isEqualTo(new Orders.OrderCounts(0, 0, 0, 0, 0, 0));
        assertThat(orders.counts(c.team.id(), TODAY.minusDays(1)).due()).as("not yet due a day earlier").isZero();
    }

    @Test
    void sorts_by_each_key_in_both_directions_with_nulls_last_and_ties_broken_by_id() {
        Catalogue c = new Catalogue();
        List<Order> all = new ArrayList<>();
        all.add(fx.stored(draft(c.team, c.client, "ORD-00001", OrderStatus.DRAFT, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-10"), null, at(100))));
        all.add(fx.stored(draft(c.team, c.client, "ORD-00002", OrderStatus.DRAFT, null, null, null, at(50))));
        all.add(fx.stored(draft(c.team, c.client, "ORD-00003", OrderStatus.DRAFT, LocalDate.parse("2025-03-05"), null, null, at(300))));
        all.add(fx.stored(draft(c.team, c.client, "ORD-00004", OrderStatus.DRAFT, LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-20"), null, at(200))));
        all.add(fx.stored(draft(c.team, c.client, "ORD-00005", OrderStatus.DRAFT, LocalDate.parse("2025-02-20"), LocalDate.parse("2025-03-01"), null, at(400))));
        all.add(fx.stored(draft(c.team, c.client, "ORD-00006", OrderStatus.DRAFT, null, LocalDate.parse("2025-03-10"), null, at(400))));

        for (Sort.Direction direction : Sort.Direction.values()) {
            assertThat(ids(Query.team(c.team).sort("issueDate", direction))).as("issueDate " + direction)
                    .containsExactlyElementsOf(expectedOrder(all, Order::issueDate, direction));
            assertThat(ids(Query.team(c.team).sort("dueDate", direction))).as("dueDate " + direction)
                    .containsExactlyElementsOf(expectedOrder(all, Order::dueDate, direction));
            assertThat(ids(Query.team(c.team).sort("createdAt", direction))).as("createdAt " + direction)
                    .containsExactlyElementsOf(expectedOrder(all, Order::createdAt, direction));
        }
        assertThat(ids(Query.team(c.team).sort("issueDate", Sort.Direction.ASC)).getLast())
                .as("nulls last ascending too").isIn(all.get(1).id(), all.get(5).id());
    }

    /** Non-null keys in the direction, then nulls; ties by id in the same direction (PostgreSQL compares uuids as bytes). */
    private static <K extends Comparable<? super K>> List<UUID> expectedOrder(List<Order> all, Function<Order, K> key, Sort.Direction direction) {
        Comparator<Order> byKey = Comparator.comparing(key, Comparator.nullsLast(
                direction == Sort.Direction.ASC ? Comparator.<K>naturalOrder() : Comparator.<K>reverseOrder()));
        Comparator<Order> byId = Comparator.comparing(o -> o.id().toString());
        return all.stream().sorted(byKey.thenComparing(direction == Sort.Direction.ASC ? byId : byId.reversed()))
                .map(Order::id).toList();
    }

    @Test
    void pages_through_the_list_with_the_total() {
        Catalogue c = new Catalogue();
        for (int i = 1; i <= 7; i++)
            fx.stored(draft(c.team, c.client, OrderNumber.sequential(i), OrderStatus.DRAFT, TODAY.minusDays(i), null, null, at(i)));
        List<UUID> everything = ids(Query.team(c.team));

        List<UUID> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            int number = page;
            Page<Header> p = tx(() -> orders.list(Query.team(c.team).page(number, 3).build()));
            assertThat(p.total()).isEqualTo(7);
            assertThat(p.page()).isEqualTo(page);
            assertThat(p.pageSize()).isEqualTo(3);
            assertThat(p.pages()).isEqualTo(3);
            assertThat(p.results()).hasSize(page < 3 ? 3 : 1);
            p.results().forEach(h -> paged.add(h.id()));
        }
        Page<Header> beyond = tx(() -> orders.list(Query.team(c.team).page(4, 3).build()));

        assertThat(everything).hasSize(7);
        assertThat(paged).containsExactlyElementsOf(everything);
        assertThat(beyond.results()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    // ---------------------------------------------------------------- statement counts

    @Test
    void list_runs_the_same_statements_whatever_the_page_size() {
        Catalogue c = new Catalogue();
        UUID group = fx.group("Counting Group", "Devon");
        for (int i = 1; i <= 60; i++) {
            Order order = draft(c.team, c.client, OrderNumber.sequential(i), i % 3 == 0 ? OrderStatus.CONFIRMED : OrderStatus.DRAFT,
                    TODAY.minusDays(i % 40), null, i % 2 == 0 ? new GroupLink(group, c.hub.id(), GroupClaimStatus.CLAIMED, null, null) : null,
                    at(i));
            withCharge(order, 100L * i, at(i));
            order.addLine(LineItem.beer(UUID.randomUUID(), order.id(), c.pils, c.keg, "Pils", "Keg", Quantity.of("1.5"), 9_000,
                    tax("20"), null, at(i)), List.of(), at(i));
            fx.stored(order);
        }

        List<Integer> counts = new ArrayList<>();
        for (int size : new int[]{1, 25, 200}) {
            List<String> statements = fx.statements.during(() -> {
                Page<Header> page = tx(() -> orders.list(Query.team(c.team).page(1, size).build()));
                assertThat(page.results()).hasSize(Math.min(size, 60));
                assertThat(page.total()).isEqualTo(60);
            });
            counts.add(statements.size());
        }
        int groupListStatements = fx.statements.during(() -> tx(() -> orders.list(Query.group(group).state(OrderState.DUE)
                .search("pils").page(1, 200).build()))).size();

        assertThat(counts).containsExactly(1, 1, 1); // the page and its total in one statement
        assertThat(groupListStatements).isEqualTo(1);
    }

    @Test
    void view_load_insert_and_update_run_a_fixed_number_of_statements() {
        Catalogue c = new Catalogue();
        Order small = c.fullOrder();
        Order large = c.fullOrder();
        for (int i = 0; i < 40; i++) large.addLine(custom(large, "Extra " + i, "1", 100, "20", null, at(5 + i)), List.of(), at(5 + i));
        Order largeWithOtherNumber = Order.restore(large.id(), large.teamId(), large.clientId(), "ORD-00043", large.currencySymbol(),
                large.status(), large.dispatchStatus(), large.issueDate(), large.dueDate(), large.notes(), large.dutySuspense(),
                large.awrsNumber(), large.groupLink().orElse(null), large.shipping(), large.lines(), large.createdAt(), large.updatedAt());

        assertThat(fx.statements.during(() -> tx(() -> orders.insert(small)))).hasSize(2);
        assertThat(fx.statements.during(() -> tx(() -> orders.insert(largeWithOtherNumber)))).hasSize(2);
        for (Order order : List.of(small, largeWithOtherNumber)) {
            // the header with its payments and deposit rows, then the lines: two whatever the number of lines
            assertThat(fx.statements.during(() -> orders.view(order.id(), TODAY))).hasSize(2);
            assertThat(fx.statements.during(() -> orders.viewFor(new com.brewski.domain.identity.UserId(UUID.randomUUID()),
                    order.id(), TODAY))).hasSize(2);
            assertThat(fx.statements.during(() -> tx(() -> orders.byIdForUpdate(order.id())))).hasSize(2);
            assertThat(fx.statements.during(() -> tx(() -> {
                Order loaded = orders.byIdForUpdate(order.id()).orElseThrow();
                LineItem first = loaded.lines().getFirst();
                loaded.changeLine(first.id(), new LineChange(Patch.absent(), Patch.absent(), Patch.set(Quantity.of("9")),
                        Patch.absent(), Patch.absent(), Patch.absent()), List.of(), at(100));
                loaded.removeLine(loaded.lines().getLast().id(), List.of(), at(100));
                loaded.addLine(custom(loaded, "Late addition", "1", 100, "0", null, at(100)), List.of(), at(100));
                fx.statements.reset();
                orders.update(loaded);
                return null;
            }))).as("update").hasSize(3);
        }
        assertThat(orders.view(largeWithOtherNumber.id(), TODAY).orElseThrow().items()).hasSize(43);
    }

    // ---------------------------------------------------------------- helpers

    /** The stored line amounts and order totals are the domain's. */
    private void assertStoredAmounts(Order order) {
        for (LineItem line : order.lines()) {
            Record row = fx.sql.select(ORDER_ITEMS.GROSS_MINOR, ORDER_ITEMS.DISCOUNT_MINOR, ORDER_ITEMS.NET_MINOR,
                            ORDER_ITEMS.TAX_MINOR, ORDER_ITEMS.LINE_TOTAL_MINOR)
                    .from(ORDER_ITEMS).where(ORDER_ITEMS.ID.eq(line.id())).fetchSingle();
            assertThat(row.intoArray()).as(line.description()).containsExactly(line.amounts().grossMinor(),
                    line.amounts().discountMinor(), line.amounts().netMinor(), line.amounts().taxMinor(), line.amounts().totalMinor());
        }
        Record totals = fx.sql.select(ORDERS.SUBTOTAL_MINOR, ORDERS.TAX_TOTAL_MINOR, ORDERS.TOTAL_MINOR)
                .from(ORDERS).where(ORDERS.ID.eq(order.id())).fetchSingle();
        assertThat(totals.intoArray()).containsExactly(order.subtotalMinor(), order.taxTotalMinor(), order.totalMinor());
        assertThat(fx.sql.fetchCount(ORDER_ITEMS, ORDER_ITEMS.ORDER_ID.eq(order.id()))).isEqualTo(order.lines().size());
    }

    /** The transaction that last wrote a row (PostgreSQL's xmin): unchanged when the row was not rewritten. */
    private String rowVersion(UUID lineId) {
        return fx.sql.resultQuery("select xmin::text from order_items where id = ?", lineId).fetchSingle().get(0, String.class);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
