package com.brewski.application.catalogue;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Sort;
import com.brewski.application.testing.OrderInputs;
import com.brewski.application.testing.SettingsChanges;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.BeerState;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageCatalogueTest {
    private static final Sort BY_NAME = new Sort("name", Sort.Direction.ASC);

    private final TradeFixture f = new TradeFixture();
    private final Caller owner = f.user("owner@lantern.example");
    private final Team team = f.team(owner, "Lantern Brewery");
    private final TeamId teamId = team.id();
    private final Caller admin = f.member(owner, teamId, "admin@lantern.example", TeamRole.ADMIN);
    private final Caller brewer = f.member(owner, teamId, "brewer@lantern.example", TeamRole.MEMBER);
    private final Caller stranger = f.user("owner@hop.example");
    private final Team hop = f.team(stranger, "Hop Co");

    private ManageCatalogue.NewContainer pin(Boolean returnable, Long depositMinor) {
        return new ManageCatalogue.NewContainer(teamId, "Pin", ContainerType.CASK, 20_457, 2, returnable, depositMinor);
    }

    private Multipack sixPack(Beer beer) {
        return f.manageCatalogue.createMultipack(owner, new ManageCatalogue.NewMultipack(teamId, "Six", 6, beer.id(),
                f.container(teamId, ContainerType.CAN).id(), 1500L));
    }

    @Test
    void a_new_team_starts_with_four_default_containers_and_a_default_pricebook() {
        var page = f.manageCatalogue.containers(brewer, teamId, BY_NAME, PageRequest.DEFAULT);
        assertThat(page.results()).extracting(v -> v.container().name())
                .containsExactly("30L Keg", "440ml Can", "500ml Bottle", "9 Gallon Cask");
        assertThat(page.results()).allSatisfy(v -> assertThat(v.container().isDefault()).isTrue());
        assertThat(f.pricebooks.all(teamId)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo(Pricebook.DEFAULT_NAME);
            assertThat(p.isDefault()).isTrue();
        });
    }

    @Test
    void containers_list_sorted_and_paged() {
        var byVolume = f.manageCatalogue.containers(owner, teamId, new Sort("volumeMl", Sort.Direction.DESC), new PageRequest(1, 2));
        assertThat(byVolume.total()).isEqualTo(4);
        assertThat(byVolume.results()).extracting(v -> v.container().volumeMl()).containsExactly(40_914, 30_000);
        assertInvalidField(() -> f.manageCatalogue.containers(owner, teamId, new Sort("colour", Sort.Direction.ASC),
                PageRequest.DEFAULT), "sort");
    }

    @Test
    void members_read_the_catalogue_but_only_owners_and_admins_change_it() {
        assertThatThrownBy(() -> f.manageCatalogue.createContainer(brewer, pin(null, null))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageCatalogue.createBeer(brewer, new ManageCatalogue.NewBeer(teamId, "Pale", null, null, null,
                false, InventoryMode.MANUAL))).isInstanceOf(Forbidden.class);
        Container keg = f.container(teamId, ContainerType.KEG);
        assertThatThrownBy(() -> f.manageCatalogue.deleteContainer(brewer, keg.id())).isInstanceOf(Forbidden.class);

        Beer pale = f.beer(admin, teamId, "Lantern Pale", InventoryMode.MANUAL);
        assertThatThrownBy(() -> f.manageCatalogue.setStock(brewer, pale.id(), keg.id(), BigDecimal.TEN)).isInstanceOf(Forbidden.class);
        assertThat(f.manageCatalogue.createContainer(admin, pin(null, null)).container().name()).isEqualTo("Pin");
        assertThat(f.manageCatalogue.beers(brewer, teamId, BY_NAME, PageRequest.DEFAULT).results())
                .extracting(v -> v.beer().name()).containsExactly("Lantern Pale");
        assertThat(f.manageCatalogue.beer(brewer, pale.id()).beer().id()).isEqualTo(pale.id());
    }

    @Test
    void another_teams_caller_can_neither_read_nor_change_the_catalogue() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        Container keg = f.container(teamId, ContainerType.KEG);
        assertThatThrownBy(() -> f.manageCatalogue.containers(stranger, teamId, BY_NAME, PageRequest.DEFAULT)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageCatalogue.beers(stranger, teamId, BY_NAME, PageRequest.DEFAULT)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageCatalogue.multipacks(stranger, teamId, BY_NAME, PageRequest.DEFAULT)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageCatalogue.beer(stranger, pale.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageCatalogue.changeBeer(stranger, pale.id(), new ManageCatalogue.BeerChange(
                Patch.set("Mine"), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageCatalogue.changeContainer(stranger, keg.id(), new ManageCatalogue.ContainerChange(
                Patch.set("Mine"), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageCatalogue.removeUnusedContainers(stranger, teamId)).isInstanceOf(Forbidden.class);
        assertThat(f.manageCatalogue.beer(owner, pale.id()).beer().name()).isEqualTo("Lantern Pale");
        assertThat(f.containers.byId(keg.id()).orElseThrow().name()).isEqualTo("30L Keg");
        assertThatThrownBy(() -> f.manageCatalogue.beer(owner, UUID.randomUUID())).isInstanceOf(NotFound.class);
    }

    @Test
    void kegs_and_casks_are_returnable_by_default_and_take_the_team_deposit_unless_they_set_their_own() {
        f.settings(owner, teamId, SettingsChanges.deposit(ContainerType.CASK, 2_000));
        var byTeam = f.manageCatalogue.createContainer(owner, pin(null, null));
        assertThat(byTeam.container().isReturnable()).isTrue();
        assertThat(byTeam.effectiveDepositMinor()).isEqualTo(2_000);
        assertThat(f.manageCatalogue.createContainer(owner, pin(null, 900L)).effectiveDepositMinor()).isEqualTo(900);
        assertThat(f.manageCatalogue.createContainer(owner, pin(false, null)).effectiveDepositMinor()).isZero();

        var can = f.manageCatalogue.createContainer(owner, new ManageCatalogue.NewContainer(teamId, "330ml Can", ContainerType.CAN,
                330, 12, null, null));
        assertThat(can.container().isReturnable()).isFalse();
        assertInvalidField(() -> f.manageCatalogue.createContainer(owner, new ManageCatalogue.NewContainer(teamId, "X", null, 1, 0,
                null, null)), "containerType");
    }

    @Test
    void a_container_in_use_cannot_be_deleted_and_unused_ones_can() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        Container keg = f.container(teamId, ContainerType.KEG);
        Container cask = f.container(teamId, ContainerType.CASK);
        Container bottle = f.container(teamId, ContainerType.BOTTLE);
        f.manageCatalogue.setStock(owner, pale.id(), keg.id(), BigDecimal.ONE);
        sixPack(pale);
        var order = f.order(owner, teamId, f.client(owner, teamId, "The Crown").id());
        Beer lager = f.beer(owner, teamId, "Contract Lager", InventoryMode.MANAGED);
        f.manageOrders.addItem(owner, order.header().id(), OrderInputs.beerLine(lager.id(), cask.id(), "1", 100));

        assertThatThrownBy(() -> f.manageCatalogue.deleteContainer(owner, keg.id())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.manageCatalogue.deleteContainer(owner, cask.id())).isInstanceOf(Conflict.class);
        f.manageCatalogue.deleteContainer(owner, bottle.id());
        assertThat(f.containers.byId(bottle.id())).isEmpty();

        f.manageCatalogue.createContainer(owner, pin(null, null));
        assertThat(f.manageCatalogue.removeUnusedContainers(owner, teamId)).isEqualTo(1);
        assertThat(f.containers.all(teamId)).extracting(Container::name).containsExactly("30L Keg", "440ml Can", "9 Gallon Cask");
        assertThat(f.containers.all(hop.id())).hasSize(4);
    }

    @Test
    void stock_is_counted_only_for_manual_beers_in_the_teams_containers() {
        Beer manual = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        Beer managed = f.beer(owner, teamId, "Contract Lager", InventoryMode.MANAGED);
        Container keg = f.container(teamId, ContainerType.KEG);

        var counted = f.manageCatalogue.setStock(owner, manual.id(), keg.id(), new BigDecimal("12.500"));
        assertThat(counted.stock()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(new BigDecimal("12.5")));
        assertThatThrownBy(() -> f.manageCatalogue.setStock(owner, managed.id(), keg.id(), BigDecimal.ONE)).isInstanceOf(Conflict.class);
        assertInvalidField(() -> f.manageCatalogue.setStock(owner, manual.id(), keg.id(), new BigDecimal("-1")), "quantity");
        assertInvalidField(() -> f.manageCatalogue.setStock(owner, manual.id(), f.container(hop.id(), ContainerType.KEG).id(),
                BigDecimal.ONE), "containerId");
    }

    @Test
    void beers_change_but_keep_their_inventory_mode() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        var changed = f.manageCatalogue.changeBeer(admin, pale.id(), new ManageCatalogue.BeerChange(Patch.set("Lantern Gold"),
                Patch.set("Golden ale"), Patch.set(BeerState.ARCHIVED), Patch.absent(), Patch.absent(), Patch.absent()));
        assertThat(changed.beer().name()).isEqualTo("Lantern Gold");
        assertThat(changed.beer().state()).isEqualTo(BeerState.ARCHIVED);
        assertThat(changed.beer().inventoryMode()).isEqualTo(InventoryMode.MANUAL);
        assertInvalidField(() -> f.manageCatalogue.changeBeer(admin, pale.id(), new ManageCatalogue.BeerChange(Patch.absent(),
                Patch.absent(), Patch.set(null), Patch.absent(), Patch.absent(), Patch.absent())), "state");
    }

    @Test
    void multipacks_are_made_of_the_teams_own_beer_and_container() {
        Beer theirs = f.beer(stranger, hop.id(), "Hop IPA", InventoryMode.MANUAL);
        Beer ours = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANUAL);
        assertInvalidField(() -> f.manageCatalogue.createMultipack(owner, new ManageCatalogue.NewMultipack(teamId, "Six", 6,
                theirs.id(), f.container(teamId, ContainerType.CAN).id(), 1500L)), "beerId");
        assertInvalidField(() -> f.manageCatalogue.createMultipack(owner, new ManageCatalogue.NewMultipack(teamId, "Six", 6,
                ours.id(), f.container(hop.id(), ContainerType.CAN).id(), 1500L)), "containerId");
        assertInvalidField(() -> f.manageCatalogue.createMultipack(owner, new ManageCatalogue.NewMultipack(teamId, "Six", 6,
                ours.id(), f.container(teamId, ContainerType.CAN).id(), null)), "defaultPriceMinor");

        Multipack six = sixPack(ours);
        assertThat(f.manageCatalogue.multipacks(brewer, teamId, BY_NAME, PageRequest.DEFAULT).results()).containsExactly(six);
        assertInvalidField(() -> f.manageCatalogue.changeMultipack(owner, six.id(), new ManageCatalogue.MultipackChange(
                Patch.absent(), Patch.absent(), Patch.set(theirs.id()), Patch.absent(), Patch.absent())), "beerId");
        assertThat(f.manageCatalogue.changeMultipack(owner, six.id(), new ManageCatalogue.MultipackChange(
                Patch.set("Twelve"), Patch.set(12), Patch.absent(), Patch.absent(), Patch.absent())).packSize()).isEqualTo(12);
    }

    @Test
    void a_multipack_with_a_price_or_on_an_order_cannot_be_deleted() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANAGED);
        Multipack priced = sixPack(pale);
        Multipack ordered = sixPack(pale);
        Multipack unused = sixPack(pale);
        f.managePricebooks.addItem(owner, f.defaultPricebookId(teamId),
                new ManagePricebooks.NewItem(null, null, priced.id(), 1400L, null, null));
        var order = f.order(owner, teamId, f.client(owner, teamId, "The Crown").id());
        f.manageOrders.addItem(owner, order.header().id(), OrderInputs.multipackLine(ordered.id(), "1"));

        assertThatThrownBy(() -> f.manageCatalogue.deleteMultipack(owner, priced.id())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.manageCatalogue.deleteMultipack(owner, ordered.id())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.manageCatalogue.deleteMultipack(brewer, unused.id())).isInstanceOf(Forbidden.class);
        f.manageCatalogue.deleteMultipack(owner, unused.id());
        assertThat(f.multipacks.byId(unused.id())).isEmpty();
        assertThat(f.multipacks.byId(priced.id())).isPresent();
    }
}
