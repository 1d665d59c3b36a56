package com.brewski.application.orders;

import com.brewski.application.catalogue.ManageCatalogue;
import com.brewski.application.catalogue.ManagePricebooks;
import com.brewski.application.clients.ManageClients;
import com.brewski.application.identity.Caller;
import com.brewski.application.payments.ManagePayments;
import com.brewski.application.shared.Sort;
import com.brewski.application.testing.OrderInputs;
import com.brewski.application.testing.SettingsChanges;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.clients.Client;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.PaymentTermsUnit;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentMethod;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static com.brewski.application.testing.OrderInputs.beerLine;
import static com.brewski.application.testing.OrderInputs.customLine;
import static com.brewski.application.testing.OrderInputs.multipackLine;
import static com.brewski.application.testing.OrderInputs.quantity;
import static com.brewski.application.testing.OrderInputs.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageOrdersTest {
    private static final String PUB_AWRS = "XQAW00000101234";
    private static final LocalDate TODAY = LocalDate.parse("2025-03-01");

    private final TradeFixture f = new TradeFixture();
    private final Caller owner = f.user("owner@lantern.example");
    private final Team team = f.team(owner, "Lantern Brewery");
    private final TeamId teamId = team.id();
    private final Client pub = f.client(owner, teamId, "The Crown", PUB_AWRS, null);
    private final Container keg = f.container(teamId, ContainerType.KEG);
    private final Container can = f.container(teamId, ContainerType.CAN);

    private OrderInputs.NewOrderBuilder order() {
        return OrderInputs.newOrder(teamId, pub.id());
    }

    private OrderView create(OrderInputs.NewOrderBuilder input) {
        return f.manageOrders.create(owner, input.build());
    }

    private static UUID id(OrderView view) {
        return view.header().id();
    }

    private OrderView view(OrderView order) {
        return f.manageOrders.get(owner, id(order));
    }

    // ---- numbering

    @Test
    void orders_are_numbered_from_ORD_00001_in_sequence_per_team() {
        assertThat(create(order()).header().number()).isEqualTo("ORD-00001");
        assertThat(create(order()).header().number()).isEqualTo("ORD-00002");

        Caller other = f.user("owner@hop.example");
        Team hop = f.team(other, "Hop Co");
        Client bar = f.client(other, hop.id(), "Bar");
        assertThat(f.order(other, hop.id(), bar.id()).header().number()).isEqualTo("ORD-00001");
        assertThat(create(order()).header().number()).isEqualTo("ORD-00003");
    }

    @Test
    void with_obscure_numbers_on_an_order_is_numbered_by_day_and_random_code_without_taking_a_sequence_number() {
        f.settings(owner, teamId, SettingsChanges.obscureOrderNumbers(true));
        String first = create(order()).header().number();
        String second = create(order()).header().number();
        assertThat(first).matches("ORD-20250301-[0-9A-Z]{4}");
        assertThat(second).matches("ORD-20250301-[0-9A-Z]{4}").isNotEqualTo(first);

        f.settings(owner, teamId, SettingsChanges.obscureOrderNumbers(false));
        assertThat(create(order()).header().number()).isEqualTo("ORD-00001");
    }

    @Test
    void a_number_already_taken_in_the_team_is_a_conflict_and_stores_nothing() {
        var now = f.clock.instant();
        Order taken = Order.open(UUID.randomUUID(), teamId, "ORD-00001", "£",
                new Order.Draft(pub.id(), null, TODAY, null, null, false, null, null, null), List.of(), now);
        assertThat(f.orders.insert(taken)).isTrue();

        assertThatThrownBy(() -> create(order())).isInstanceOf(Conflict.class);
        assertThat(f.manageOrders.counts(owner, teamId).all()).isEqualTo(1);
    }

    // ---- AWRS and dates

    @Test
    void an_omitted_awrs_number_snapshots_the_clients_and_null_means_none() {
        OrderView omitted = create(order());
        OrderView none = create(order().awrsNumber(null));
        OrderView given = create(order().awrsNumber("XZAW 7"));

        assertThat(omitted.header().awrsNumber()).isEqualTo(PUB_AWRS);
        assertThat(none.header().awrsNumber()).isNull();
        assertThat(none.header().clientAwrsNumber()).isEqualTo(PUB_AWRS);
        assertThat(given.header().awrsNumber()).isEqualTo("XZAW 7");
    }

    @Test
    void the_snapshot_keeps_the_awrs_number_the_client_had_when_the_order_was_made() {
        OrderView order = create(order());
        f.manageClients.update(owner, pub.id(), new ManageClients.ClientFields(Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.set("xqaw 00000 109999"), Patch.absent(), Patch.absent()));

        OrderView reread = view(order);
        assertThat(reread.header().awrsNumber()).isEqualTo(PUB_AWRS);
        assertThat(reread.header().clientAwrsNumber()).isEqualTo("XQAW 00000 109999");
    }

    @Test
    void dates_default_to_today_and_a_due_date_by_the_teams_payment_terms() {
        OrderView thirtyDays = create(order());
        assertThat(thirtyDays.header().issueDate()).isEqualTo(TODAY);
        assertThat(thirtyDays.header().dueDate()).isEqualTo(LocalDate.parse("2025-03-31"));

        f.settings(owner, teamId, SettingsChanges.paymentTerms(2, PaymentTermsUnit.WEEKS));
        OrderView twoWeeks = create(order().issueDate(LocalDate.parse("2025-03-10")));
        assertThat(twoWeeks.header().dueDate()).isEqualTo(LocalDate.parse("2025-03-24"));

        f.settings(owner, teamId, SettingsChanges.paymentTerms(1, PaymentTermsUnit.MONTHS));
        assertThat(create(order()).header().dueDate()).isEqualTo(LocalDate.parse("2025-04-01"));
    }

    @Test
    void a_given_due_date_wins_and_without_an_issue_date_there_is_no_default_due_date() {
        assertThat(create(order().dueDate(LocalDate.parse("2025-03-05"))).header().dueDate()).isEqualTo(LocalDate.parse("2025-03-05"));
        OrderView noDue = create(order().dueDate(null));
        assertThat(noDue.header().issueDate()).isEqualTo(TODAY);
        assertThat(noDue.header().dueDate()).isNull();
        OrderView undated = create(order().issueDate(null));
        assertThat(undated.header().issueDate()).isNull();
        assertThat(undated.header().dueDate()).isNull();
        assertInvalidField(() -> create(order().dueDate(LocalDate.parse("2025-02-01"))), "dueDate");
    }

    @Test
    void a_client_of_another_team_is_refused_naming_clientId() {
        Caller other = f.user("owner@hop.example");
        Team hop = f.team(other, "Hop Co");
        Client bar = f.client(other, hop.id(), "Bar");
        assertInvalidField(() -> f.manageOrders.create(owner, OrderInputs.newOrder(teamId, bar.id()).build()), "clientId");
        assertInvalidField(() -> f.manageOrders.create(owner, OrderInputs.newOrder(teamId, UUID.randomUUID()).build()), "clientId");
    }

    // ---- group linkage

    private final class Grouped {
        final Caller hopOwner = f.user("owner@hop.example");
        final Team hop = f.team(hopOwner, "Hop Co");
        final BreweryGroup group = f.group(owner, teamId, "North Sharing");

        Grouped() {
            f.join(group.id(), owner, teamId, hopOwner, hop.id());
        }
    }

    @Test
    void an_order_links_to_a_group_its_team_is_an_active_member_of() {
        Grouped g = new Grouped();
        OrderView linked = create(order().group(g.group.id()));
        assertThat(linked.header().group().name()).isEqualTo("North Sharing");
        assertThat(linked.header().group().slug()).isEqualTo("north-sharing");
        assertThat(linked.header().groupClaimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);
        assertThat(linked.header().groupClaimTeamId()).isNull();

        OrderView claimed = create(order().group(g.group.id(), g.hop.id(), GroupClaimStatus.CLAIMED));
        assertThat(claimed.header().groupClaimTeamId()).isEqualTo(g.hop.id());
        assertThat(claimed.header().groupClaimTeamName()).isEqualTo("Hop Co");
    }

    @Test
    void linking_needs_an_active_group_with_the_team_and_the_claim_team_as_active_members() {
        Grouped g = new Grouped();
        assertInvalidField(() -> create(order().group(UUID.randomUUID())), "groupId");

        var theirs = f.group(g.hopOwner, g.hop.id(), "Hop Only");
        assertInvalidField(() -> create(order().group(theirs.id())), "groupId");

        Caller third = f.user("owner@third.example");
        Team outsider = f.team(third, "Third");
        assertInvalidField(() -> create(order().group(g.group.id(), outsider.id(), GroupClaimStatus.CLAIMED)), "groupClaimTeamId");
        assertInvalidField(() -> create(order().group(g.group.id(), g.hop.id(), null)), "groupClaimTeamId");

        f.manageGroups.update(owner, g.group.id(), teamId, new com.brewski.application.groups.ManageGroups.GroupChange(
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.set(com.brewski.domain.groups.GroupStatus.RETIRED), Patch.absent()));
        assertInvalidField(() -> create(order().group(g.group.id())), "groupId");
        assertThat(f.manageOrders.counts(owner, teamId).all()).isZero();
    }

    @Test
    void claim_fields_need_a_group_and_clearing_the_group_clears_the_claim() {
        Grouped g = new Grouped();
        OrderView plain = create(order());
        assertInvalidField(() -> f.manageOrders.update(owner, id(plain), update().groupClaimStatus(GroupClaimStatus.CLAIMED).build()),
                "groupClaimStatus");

        OrderView linked = create(order().group(g.group.id()));
        OrderView claimed = f.manageOrders.update(owner, id(linked),
                update().groupClaimTeamId(g.hop.id()).groupClaimStatus(GroupClaimStatus.CLAIMED).build());
        assertThat(claimed.header().groupClaimTeamName()).isEqualTo("Hop Co");

        OrderView cleared = f.manageOrders.update(owner, id(linked), update().groupId(null).build());
        assertThat(cleared.header().group()).isNull();
        assertThat(cleared.header().groupClaimStatus()).isNull();
        assertThat(cleared.header().groupClaimTeamId()).isNull();
    }

    // ---- prices

    private final class Priced {
        final Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANAGED);
        final UUID tradeBook = f.managePricebooks.create(owner, teamId, "Trade").pricebook().id();
        final Client tradeClient = f.client(owner, teamId, "Trade Bar", null, tradeBook);

        Priced() {
            price(f.defaultPricebookId(teamId), 12000, null, true);
        }

        void price(UUID book, long priceMinor, String discountPercent, boolean enabled) {
            f.managePricebooks.addItem(owner, book, new ManagePricebooks.NewItem(pale.id(), keg.id(), null, priceMinor,
                    discountPercent == null ? null : new BigDecimal(discountPercent), enabled));
        }

        LineItem add(Client client, com.brewski.application.orders.NewLine line) {
            OrderView order = f.order(owner, teamId, client.id());
            return f.manageOrders.addItem(owner, id(order), line).item();
        }
    }

    @Test
    void an_unpriced_line_takes_the_clients_pricebook_price_with_its_discount() {
        Priced p = new Priced();
        p.price(p.tradeBook, 11000, "10", true);
        LineItem line = p.add(p.tradeClient, beerLine(p.pale.id(), keg.id(), "2"));
        assertThat(line.unitPriceMinor()).isEqualTo(11000);
        assertThat(line.discount()).isEqualTo(new Discount.Percentage(new BigDecimal("10")));
        assertThat(line.amounts().netMinor()).isEqualTo(19800);
        assertThat(line.description()).isEqualTo("Lantern Pale – 30L Keg");
    }

    @Test
    void without_a_client_price_the_default_pricebook_price_applies() {
        Priced p = new Priced();
        assertThat(p.add(p.tradeClient, beerLine(p.pale.id(), keg.id(), "1")).unitPriceMinor()).isEqualTo(12000);
        assertThat(p.add(pub, beerLine(p.pale.id(), keg.id(), "1")).unitPriceMinor()).isEqualTo(12000);
    }

    @Test
    void a_disabled_client_price_falls_back_to_the_default_pricebook() {
        Priced p = new Priced();
        p.price(p.tradeBook, 9000, "5", false);
        LineItem line = p.add(p.tradeClient, beerLine(p.pale.id(), keg.id(), "1"));
        assertThat(line.unitPriceMinor()).isEqualTo(12000);
        assertThat(line.discount()).isNull();
    }

    @Test
    void a_multipack_without_any_price_takes_its_default_price_and_a_pricebook_price_beats_it() {
        Priced p = new Priced();
        Multipack six = f.manageCatalogue.createMultipack(owner,
                new ManageCatalogue.NewMultipack(teamId, "Pale six", 6, p.pale.id(), can.id(), 1500L));
        LineItem line = p.add(pub, multipackLine(six.id(), "2"));
        assertThat(line.unitPriceMinor()).isEqualTo(1500);
        assertThat(line.packSize()).isEqualTo(6);
        assertThat(line.unit()).isEqualTo("Pack of 6");

        f.managePricebooks.addItem(owner, p.tradeBook, new ManagePricebooks.NewItem(null, null, six.id(), 1400L, null, null));
        assertThat(p.add(p.tradeClient, multipackLine(six.id(), "1")).unitPriceMinor()).isEqualTo(1400);
    }

    @Test
    void a_line_with_no_price_anywhere_is_refused_naming_unitPriceMinor() {
        Priced p = new Priced();
        OrderView order = create(order());
        assertInvalidField(() -> f.manageOrders.addItem(owner, id(order), beerLine(p.pale.id(), can.id(), "1")), "unitPriceMinor");
        assertThat(view(order).items()).isEmpty();
    }

    @Test
    void a_given_unit_price_wins_over_the_pricebooks() {
        Priced p = new Priced();
        p.price(p.tradeBook, 11000, "10", true);
        LineItem line = p.add(p.tradeClient, beerLine(p.pale.id(), keg.id(), "1", 5000));
        assertThat(line.unitPriceMinor()).isEqualTo(5000);
        assertThat(line.discount()).isNull();
    }

    @Test
    void beers_and_containers_of_another_team_are_refused() {
        Caller other = f.user("owner@hop.example");
        Team hop = f.team(other, "Hop Co");
        Beer theirs = f.beer(other, hop.id(), "Hop IPA", InventoryMode.MANAGED);
        Beer ours = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANAGED);
        OrderView order = create(order());
        assertInvalidField(() -> f.manageOrders.addItem(owner, id(order), beerLine(theirs.id(), keg.id(), "1", 100)), "beerId");
        assertInvalidField(() -> f.manageOrders.addItem(owner, id(order),
                beerLine(ours.id(), f.container(hop.id(), ContainerType.KEG).id(), "1", 100)), "containerId");
    }

    // ---- stock

    private BigDecimal stockOf(Beer beer, Container container) {
        return f.beers.stock(beer.id()).stream().filter(l -> l.containerId().equals(container.id()))
                .map(l -> l.quantity()).findFirst().orElse(null);
    }

    @Test
    void lines_of_a_manually_counted_beer_take_adjust_and_return_stock() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        f.manageCatalogue.setStock(owner, pale.id(), keg.id(), new BigDecimal("10"));
        OrderView order = create(order());

        LineItem line = f.manageOrders.addItem(owner, id(order), beerLine(pale.id(), keg.id(), "4", 10000)).item();
        assertThat(stockOf(pale, keg)).isEqualByComparingTo("6");
        f.manageOrders.changeItem(owner, id(order), line.id(), quantity("6"));
        assertThat(stockOf(pale, keg)).isEqualByComparingTo("4");
        f.manageOrders.changeItem(owner, id(order), line.id(), quantity("1.5"));
        assertThat(stockOf(pale, keg)).isEqualByComparingTo("8.5");
        f.manageOrders.removeItem(owner, id(order), line.id());
        assertThat(stockOf(pale, keg)).isEqualByComparingTo("10");
    }

    @Test
    void a_multipack_line_takes_pack_size_units_of_its_beer_and_container() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        f.manageCatalogue.setStock(owner, pale.id(), can.id(), new BigDecimal("20"));
        Multipack six = f.manageCatalogue.createMultipack(owner,
                new ManageCatalogue.NewMultipack(teamId, "Pale six", 6, pale.id(), can.id(), 1500L));
        f.manageOrders.addItem(owner, id(create(order())), multipackLine(six.id(), "3"));
        assertThat(stockOf(pale, can)).isEqualByComparingTo("2");
    }

    @Test
    void more_than_the_stock_is_a_conflict_that_changes_nothing() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        f.manageCatalogue.setStock(owner, pale.id(), keg.id(), new BigDecimal("3"));
        OrderView order = create(order());

        assertThatThrownBy(() -> f.manageOrders.addItem(owner, id(order), beerLine(pale.id(), keg.id(), "4", 10000)))
                .isInstanceOf(Conflict.class).hasMessageContaining("Lantern Pale");
        assertThat(stockOf(pale, keg)).isEqualByComparingTo("3");
        assertThat(view(order).items()).isEmpty();

        LineItem line = f.manageOrders.addItem(owner, id(order), beerLine(pale.id(), keg.id(), "2", 10000)).item();
        assertThatThrownBy(() -> f.manageOrders.changeItem(owner, id(order), line.id(), quantity("4"))).isInstanceOf(Conflict.class);
        assertThat(stockOf(pale, keg)).isEqualByComparingTo("1");
        assertThat(view(order).items()).singleElement()
                .satisfies(l -> assertThat(l.line().quantity().value()).isEqualByComparingTo("2"));
        assertThat(view(order).header().totalMinor()).isEqualTo(20000);
    }

    @Test
    void managed_inventory_beers_and_custom_lines_take_no_stock() {
        Beer managed = f.beer(owner, teamId, "Contract Lager", InventoryMode.MANAGED);
        OrderView order = create(order());
        f.manageOrders.addItem(owner, id(order), beerLine(managed.id(), keg.id(), "5", 10000));
        f.manageOrders.addItem(owner, id(order), customLine("Delivery", "1", 1500));
        assertThat(f.beers.stock(managed.id())).isEmpty();
        assertThat(view(order).header().subtotalMinor()).isEqualTo(51500);
    }

    // ---- deposit charges

    private List<DepositTransaction> charges(OrderView order) {
        return view(order).depositTransactions().stream().filter(t -> t.source() == DepositSource.CHARGE).toList();
    }

    @Test
    void a_returnable_line_carries_one_deposit_charge_kept_in_step_with_its_quantity() {
        f.settings(owner, teamId, SettingsChanges.deposit(ContainerType.KEG, 3000));
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANAGED);
        OrderView order = create(order());

        LineItem line = f.manageOrders.addItem(owner, id(order), beerLine(pale.id(), keg.id(), "2", 10000)).item();
        assertThat(charges(order)).singleElement().satisfies(c -> {
            assertThat(c.orderItemId()).isEqualTo(line.id());
            assertThat(c.clientId()).isEqualTo(pub.id());
            assertThat(c.amountMinor()).isEqualTo(6000);
        });
        assertThat(view(order).header().depositBalanceMinor()).isEqualTo(6000);

        f.manageOrders.changeItem(owner, id(order), line.id(), quantity("3"));
        assertThat(charges(order)).singleElement().satisfies(c -> assertThat(c.amountMinor()).isEqualTo(9000));

        f.manageOrders.removeItem(owner, id(order), line.id());
        assertThat(charges(order)).isEmpty();
        assertThat(f.manageDeposits.clientBalance(owner, pub.id()).balanceMinor()).isZero();
    }

    @Test
    void cans_custom_lines_and_containers_with_their_own_deposit_are_charged_accordingly() {
        f.settings(owner, teamId, SettingsChanges.deposit(ContainerType.KEG, 3000));
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANAGED);
        var bigKeg = f.manageCatalogue.createContainer(owner, new ManageCatalogue.NewContainer(teamId, "50L Keg",
                ContainerType.KEG, 50_000, 6, null, 4500L)).container();
        OrderView order = create(order());

        f.manageOrders.addItem(owner, id(order), beerLine(pale.id(), can.id(), "24", 200));
        f.manageOrders.addItem(owner, id(order), customLine("Delivery", "1", 1500));
        assertThat(charges(order)).isEmpty();

        f.manageOrders.addItem(owner, id(order), beerLine(pale.id(), bigKeg.id(), "2", 15000));
        assertThat(charges(order)).singleElement().satisfies(c -> assertThat(c.amountMinor()).isEqualTo(9000));
    }

    // ---- documents

    @Test
    void every_change_is_reported_to_documents_before_it_is_applied() {
        OrderView order = create(order());
        assertThat(f.documents.reports()).isEmpty();

        LineItem line = f.manageOrders.addItem(owner, id(order), customLine("Glassware", "1", 1000)).item();
        assertThat(f.documents.last().teamId()).isEqualTo(teamId);
        assertThat(f.documents.last().storedAtReport().items()).isEmpty();

        f.manageOrders.changeItem(owner, id(order), line.id(), quantity("2"));
        assertThat(f.documents.last().storedAtReport().header().totalMinor()).isEqualTo(1000);

        f.manageOrders.update(owner, id(order), update().notes("Back door").build());
        assertThat(f.documents.last().storedAtReport().notes()).isNull();
        assertThat(f.documents.last().storedAtReport().header().totalMinor()).isEqualTo(2000);

        f.manageOrders.dispatch(owner, id(order), DispatchStatus.PACKED);
        assertThat(f.documents.last().storedAtReport().header().dispatchStatus()).isEqualTo(DispatchStatus.PENDING);

        f.manageOrders.removeItem(owner, id(order), line.id());
        assertThat(f.documents.last().storedAtReport().items()).hasSize(1);

        assertThat(f.documents.changedOrders()).containsExactly(id(order), id(order), id(order), id(order), id(order));
        assertThat(view(order).items()).isEmpty();
        assertThat(view(order).header().dispatchStatus()).isEqualTo(DispatchStatus.PACKED);
    }

    @Test
    void reading_and_creating_report_nothing() {
        OrderView order = create(order());
        f.manageOrders.get(owner, id(order));
        f.manageOrders.list(owner, query(null, null, null));
        f.manageOrders.counts(owner, teamId);
        assertThat(f.documents.reports()).isEmpty();
    }

    @Test
    void a_failed_change_is_still_reported_throws_and_leaves_the_order_as_it_was() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        OrderView order = create(order());
        assertThatThrownBy(() -> f.manageOrders.addItem(owner, id(order), beerLine(pale.id(), keg.id(), "1", 100)))
                .isInstanceOf(Conflict.class);
        assertThat(f.documents.changedOrders()).containsExactly(id(order));

        f.manageOrders.update(owner, id(order), update().status(OrderStatus.CANCELLED).build());
        assertInvalidField(() -> f.manageOrders.addItem(owner, id(order), customLine("Glassware", "1", 1000)), "status");
        assertThat(f.documents.changedOrders()).containsExactly(id(order), id(order), id(order));
        assertThat(view(order).items()).isEmpty();
        assertThat(view(order).header().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    // ---- tenancy and roles

    @Test
    void another_teams_caller_is_forbidden_from_every_order_use_case_and_nothing_is_reported() {
        OrderView order = create(order());
        LineItem line = f.manageOrders.addItem(owner, id(order), customLine("Glassware", "1", 1000)).item();
        f.documents.clear();
        Caller stranger = f.user("owner@hop.example");
        f.team(stranger, "Hop Co");
        UUID orderId = id(order);

        assertThatThrownBy(() -> f.manageOrders.get(stranger, orderId)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.update(stranger, orderId, update().notes("x").build())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.dispatch(stranger, orderId, DispatchStatus.DELIVERED)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.addItem(stranger, orderId, customLine("x", "1", 1))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.changeItem(stranger, orderId, line.id(), quantity("9"))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.removeItem(stranger, orderId, line.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.create(stranger, order().build())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.list(stranger, query(null, null, null))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.counts(stranger, teamId)).isInstanceOf(Forbidden.class);

        assertThat(f.documents.reports()).isEmpty();
        assertThat(view(order).items()).singleElement().satisfies(l -> assertThat(l.line().quantity().value()).isEqualByComparingTo("1"));
        assertThat(view(order).notes()).isNull();
    }

    @Test
    void an_unknown_order_or_item_is_not_found() {
        OrderView order = create(order());
        assertThatThrownBy(() -> f.manageOrders.get(owner, UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.manageOrders.update(owner, UUID.randomUUID(), update().notes("x").build())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.manageOrders.removeItem(owner, id(order), UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.manageOrders.changeItem(owner, id(order), UUID.randomUUID(), quantity("2"))).isInstanceOf(NotFound.class);
    }

    @Test
    void plain_members_create_and_change_orders_of_their_team() {
        Caller brewer = f.member(owner, teamId, "brewer@lantern.example", TeamRole.MEMBER);
        OrderView order = f.manageOrders.create(brewer, order().build());
        f.manageOrders.addItem(brewer, id(order), customLine("Glassware", "2", 1000, "20"));
        OrderView view = f.manageOrders.get(brewer, id(order));
        assertThat(view.header().subtotalMinor()).isEqualTo(2000);
        assertThat(view.header().taxTotalMinor()).isEqualTo(400);
        assertThat(view.header().totalMinor()).isEqualTo(2400);
    }

    @Test
    void teams_of_the_orders_group_read_it_and_list_the_groups_orders_across_teams() {
        Grouped g = new Grouped();
        OrderView linked = create(order().group(g.group.id()));
        OrderView unlinked = create(order());

        assertThat(f.manageOrders.get(g.hopOwner, id(linked)).header().number()).isEqualTo(linked.header().number());
        assertThatThrownBy(() -> f.manageOrders.get(g.hopOwner, id(unlinked))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.update(g.hopOwner, id(linked), update().notes("x").build()))
                .isInstanceOf(Forbidden.class);

        var groupQuery = new OrderQuery(null, g.group.id(), null, null, null, null, null, null, PageRequest.DEFAULT, null);
        assertThat(f.manageOrders.groupOrders(g.hopOwner, g.hop.id(), groupQuery).results())
                .extracting(OrderView.Header::id).containsExactly(id(linked));

        Caller third = f.user("owner@third.example");
        Team outsider = f.team(third, "Third");
        assertThatThrownBy(() -> f.manageOrders.groupOrders(third, outsider.id(), groupQuery)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageOrders.get(third, id(linked))).isInstanceOf(Forbidden.class);
    }

    // ---- lists and counts

    private OrderQuery query(OrderState state, String search, Sort sort) {
        return query(state, search, sort, PageRequest.DEFAULT);
    }

    private OrderQuery query(OrderState state, String search, Sort sort, PageRequest page) {
        return new OrderQuery(teamId, null, state, null, null, null, search, sort, page, null);
    }

    private List<String> numbers(OrderQuery query) {
        return f.manageOrders.list(owner, query).results().stream().map(OrderView.Header::number).toList();
    }

    @Test
    void lists_filter_by_state_and_search_and_sort_with_missing_dates_last() {
        Client inn = f.client(owner, teamId, "Red Lion Inn");
        OrderView overdue = create(order().status(OrderStatus.CONFIRMED).issueDate(LocalDate.parse("2025-01-10")));
        OrderView draft = create(order().issueDate(LocalDate.parse("2025-02-01")));
        OrderView undated = f.manageOrders.create(owner, OrderInputs.newOrder(teamId, inn.id()).issueDate(null).build());
        OrderView paid = create(order().status(OrderStatus.CONFIRMED));
        for (OrderView o : List.of(overdue, draft, undated, paid))
            f.manageOrders.addItem(owner, id(o), customLine("Glassware", "1", 1000));
        f.managePayments.record(owner, id(paid), new ManagePayments.NewPayment(PaymentKind.PAYMENT, 1000L, PaymentMethod.CARD,
                null, null, null));

        assertThat(numbers(query(null, null, new Sort("issueDate", Sort.Direction.ASC))))
                .containsExactly("ORD-00001", "ORD-00002", "ORD-00004", "ORD-00003");
        assertThat(numbers(query(null, null, null))).containsExactly("ORD-00004", "ORD-00002", "ORD-00001", "ORD-00003");
        assertThat(numbers(query(OrderState.DUE, null, null))).containsExactly("ORD-00001");
        assertThat(numbers(query(OrderState.PAID, null, null))).containsExactly("ORD-00004");
        assertThat(numbers(query(OrderState.DRAFT, null, null))).containsExactly("ORD-00002", "ORD-00003");
        assertThat(numbers(query(null, "red LION", null))).containsExactly("ORD-00003");
        assertThat(numbers(query(null, "00002", null))).containsExactly("ORD-00002");

        var second = f.manageOrders.list(owner, query(null, null, new Sort("issueDate", Sort.Direction.ASC), new PageRequest(2, 3)));
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.results()).extracting(OrderView.Header::number).containsExactly("ORD-00003");

        assertThat(f.manageOrders.counts(owner, teamId)).isEqualTo(new Orders.OrderCounts(4, 1, 2, 2, 0, 1));
        OrderView.Header overdueHeader = view(overdue).header();
        assertThat(overdueHeader.flags().due()).isTrue();
        assertThat(overdueHeader.remainingMinor()).isEqualTo(1000);
    }

    @Test
    void due_is_judged_by_the_use_case_clock() {
        OrderView order = create(order().status(OrderStatus.CONFIRMED));
        f.manageOrders.addItem(owner, id(order), customLine("Glassware", "1", 1000));
        assertThat(numbers(query(OrderState.DUE, null, null))).isEmpty();

        f.clock.advance(java.time.Duration.ofDays(31));
        assertThat(numbers(query(OrderState.DUE, null, null))).containsExactly("ORD-00001");
        assertThat(f.manageOrders.counts(owner, teamId).due()).isEqualTo(1);
    }
}
