package com.brewski.application.deposits;

import com.brewski.application.catalogue.ManageCatalogue;
import com.brewski.application.identity.Caller;
import com.brewski.application.orders.OrderView;
import com.brewski.application.testing.OrderInputs;
import com.brewski.application.testing.SettingsChanges;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.clients.Client;
import com.brewski.domain.deposits.ContainerReturn;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageDepositsTest {
    private final TradeFixture f = new TradeFixture();
    private final Caller owner = f.user("owner@lantern.example");
    private final Team team = f.team(owner, "Lantern Brewery");
    private final TeamId teamId = team.id();
    private final Client pub = f.client(owner, teamId, "The Crown");
    private final Container keg = f.container(teamId, ContainerType.KEG);

    {
        f.settings(owner, teamId, SettingsChanges.deposit(ContainerType.KEG, 3_000));
    }

    private ManageDeposits.NewReturn kegsBack(UUID clientId, UUID orderId, String quantity, Long creditedMinor) {
        return new ManageDeposits.NewReturn(teamId, clientId, orderId, keg.id(), new BigDecimal(quantity), creditedMinor, null);
    }

    @Test
    void a_return_credits_the_clients_ledger_with_quantity_times_the_deposit() {
        ManageDeposits.ReturnRecorded recorded = f.manageDeposits.recordReturn(owner, kegsBack(pub.id(), null, "2", null));
        assertThat(recorded.containerReturn().creditedMinor()).isEqualTo(6_000);
        assertThat(recorded.containerReturn().recordedBy()).isEqualTo(owner.userId());
        assertThat(recorded.transaction().source()).isEqualTo(DepositSource.RETURN);
        assertThat(recorded.transaction().amountMinor()).isEqualTo(-6_000);
        assertThat(recorded.transaction().containerReturnId()).isEqualTo(recorded.containerReturn().id());
        assertThat(recorded.balance().creditMinor()).isEqualTo(6_000);
        assertThat(f.manageDeposits.clientBalance(owner, pub.id()).balanceMinor()).isEqualTo(-6_000);
    }

    @Test
    void a_containers_own_deposit_and_a_given_credit_override_the_team_setting() {
        Container pin = f.manageCatalogue.createContainer(owner, new ManageCatalogue.NewContainer(teamId, "Pin", ContainerType.CASK,
                20_457, 2, true, 1_250L)).container();
        var own = f.manageDeposits.recordReturn(owner,
                new ManageDeposits.NewReturn(teamId, pub.id(), null, pin.id(), new BigDecimal("1.5"), null, null));
        assertThat(own.containerReturn().creditedMinor()).isEqualTo(1_875);

        var given = f.manageDeposits.recordReturn(owner, kegsBack(pub.id(), null, "1", 500L));
        assertThat(given.containerReturn().creditedMinor()).isEqualTo(500);
        assertThat(given.balance().balanceMinor()).isEqualTo(-2_375);
    }

    @Test
    void kegs_charged_on_an_order_and_returned_against_it_net_to_nothing() {
        Beer pale = f.beer(owner, teamId, "Lantern Pale", InventoryMode.MANAGED);
        OrderView order = f.order(owner, teamId, pub.id());
        UUID orderId = order.header().id();
        f.manageOrders.addItem(owner, orderId, OrderInputs.beerLine(pale.id(), keg.id(), "2", 10_000));
        assertThat(f.manageDeposits.clientBalance(owner, pub.id()).liabilityMinor()).isEqualTo(6_000);
        f.documents.clear();

        var recorded = f.manageDeposits.recordReturn(owner, kegsBack(null, orderId, "2", null));
        assertThat(recorded.containerReturn().clientId()).isEqualTo(pub.id());
        assertThat(recorded.balance().balanceMinor()).isZero();
        assertThat(f.documents.changedOrders()).containsExactly(orderId);
        assertThat(f.manageOrders.get(owner, orderId).depositTransactions())
                .extracting(t -> t.source(), t -> t.amountMinor())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DepositSource.CHARGE, 6_000L),
                        org.assertj.core.groups.Tuple.tuple(DepositSource.RETURN, -6_000L));
    }

    @Test
    void a_return_against_an_order_must_name_its_client_and_an_order_of_the_team() {
        OrderView order = f.order(owner, teamId, pub.id());
        Client other = f.client(owner, teamId, "Red Lion");
        assertInvalidField(() -> f.manageDeposits.recordReturn(owner, kegsBack(other.id(), order.header().id(), "1", null)), "clientId");
        assertInvalidField(() -> f.manageDeposits.recordReturn(owner, kegsBack(null, UUID.randomUUID(), "1", null)), "orderId");

        Caller stranger = f.user("owner@hop.example");
        Team hop = f.team(stranger, "Hop Co");
        Client bar = f.client(stranger, hop.id(), "Bar");
        OrderView theirs = f.order(stranger, hop.id(), bar.id());
        assertInvalidField(() -> f.manageDeposits.recordReturn(owner, kegsBack(null, theirs.header().id(), "1", null)), "orderId");
        assertInvalidField(() -> f.manageDeposits.recordReturn(owner, kegsBack(bar.id(), null, "1", null)), "clientId");
        assertInvalidField(() -> f.manageDeposits.recordReturn(owner, new ManageDeposits.NewReturn(teamId, pub.id(), null,
                f.container(hop.id(), ContainerType.KEG).id(), BigDecimal.ONE, null, null)), "containerId");
        assertThat(f.manageDeposits.returns(owner, teamId, PageRequest.DEFAULT).total()).isZero();
    }

    @Test
    void returns_are_listed_newest_first_for_members_only() {
        f.manageDeposits.recordReturn(owner, new ManageDeposits.NewReturn(teamId, pub.id(), null, keg.id(), BigDecimal.ONE, null,
                Instant.parse("2025-02-01T10:00:00Z")));
        f.manageDeposits.recordReturn(owner, new ManageDeposits.NewReturn(teamId, pub.id(), null, keg.id(), BigDecimal.TWO, null,
                Instant.parse("2025-02-20T10:00:00Z")));
        f.manageDeposits.recordReturn(owner, new ManageDeposits.NewReturn(teamId, null, null, keg.id(), BigDecimal.TEN, null,
                Instant.parse("2025-02-10T10:00:00Z")));

        Caller brewer = f.member(owner, teamId, "brewer@lantern.example", TeamRole.MEMBER);
        assertThat(f.manageDeposits.returns(brewer, teamId, PageRequest.DEFAULT).results())
                .extracting(ContainerReturn::quantity).containsExactly(BigDecimal.TWO, BigDecimal.TEN, BigDecimal.ONE);
        assertThat(f.manageDeposits.clientBalance(brewer, pub.id()).creditMinor()).isEqualTo(9_000);

        Caller stranger = f.user("owner@hop.example");
        f.team(stranger, "Hop Co");
        assertThatThrownBy(() -> f.manageDeposits.returns(stranger, teamId, PageRequest.DEFAULT)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageDeposits.clientBalance(stranger, pub.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageDeposits.recordReturn(stranger, kegsBack(pub.id(), null, "1", null)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageDeposits.clientBalance(owner, UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThat(f.manageDeposits.returns(owner, teamId, PageRequest.DEFAULT).total()).isEqualTo(3);
    }

    @Test
    void a_return_makes_the_container_impossible_to_delete() {
        f.manageDeposits.recordReturn(owner, kegsBack(pub.id(), null, "1", null));
        assertThatThrownBy(() -> f.manageCatalogue.deleteContainer(owner, keg.id()))
                .isInstanceOf(com.brewski.domain.shared.Conflict.class);
    }
}
