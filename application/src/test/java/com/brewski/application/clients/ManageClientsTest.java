package com.brewski.application.clients;

import com.brewski.application.deposits.ManageDeposits;
import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Sort;
import com.brewski.application.testing.SettingsChanges;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
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
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static com.brewski.application.testing.TradeFixture.clientFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageClientsTest {
    private static final Sort BY_NAME = new Sort("name", Sort.Direction.ASC);

    private final TradeFixture f = new TradeFixture();
    private final Caller owner = f.user("owner@lantern.example");
    private final Team team = f.team(owner, "Lantern Brewery");
    private final TeamId teamId = team.id();
    private final Caller admin = f.member(owner, teamId, "admin@lantern.example", TeamRole.ADMIN);
    private final Caller brewer = f.member(owner, teamId, "brewer@lantern.example", TeamRole.MEMBER);
    private final Caller stranger = f.user("owner@hop.example");
    private final Team hop = f.team(stranger, "Hop Co");

    private Client create(String name, String email, String awrs) {
        return f.manageClients.create(owner, teamId, clientFields(name, email, awrs, null)).client();
    }

    private static ManageClients.ClientFields only(Patch<String> email, Patch<String> awrs, Patch<UUID> pricebook) {
        return new ManageClients.ClientFields(Patch.absent(), email, Patch.absent(), Patch.absent(), Patch.absent(), awrs, pricebook,
                Patch.absent());
    }

    private List<String> names(Clients.Filter filter, Sort sort) {
        return f.manageClients.list(owner, teamId, filter, null, sort, PageRequest.DEFAULT).results().stream()
                .map(s -> s.client().name()).toList();
    }

    @Test
    void a_new_client_has_normalised_email_and_awrs_and_follows_the_default_pricebook() {
        Client crown = create("The Crown", "Cellar@Crown.example", "  xqaw   00000 101234 ");
        assertThat(crown.contactEmail().value()).isEqualTo("cellar@crown.example");
        assertThat(crown.awrsNumber().value()).isEqualTo("XQAW 00000 101234");
        assertThat(crown.pricebookId()).isEqualTo(f.defaultPricebookId(teamId));
        assertInvalidField(() -> f.manageClients.create(owner, teamId, new ManageClients.ClientFields(Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent())), "name");
    }

    @Test
    void email_and_awrs_are_unique_within_a_team_only() {
        Client crown = create("The Crown", "cellar@crown.example", "XQAW00000101234");
        assertThatThrownBy(() -> create("Crown Two", "CELLAR@crown.example", null))
                .isInstanceOf(Conflict.class).hasMessageContaining("contactEmail");
        assertThatThrownBy(() -> create("Crown Three", null, "xqaw00000101234"))
                .isInstanceOf(Conflict.class).hasMessageContaining("awrsNumber");

        Client lion = create("Red Lion", "bar@lion.example", null);
        assertThatThrownBy(() -> f.manageClients.update(owner, lion.id(), only(Patch.set("cellar@crown.example"), Patch.absent(),
                Patch.absent()))).isInstanceOf(Conflict.class).hasMessageContaining("contactEmail");
        assertThat(f.manageClients.get(owner, lion.id()).client().contactEmail().value()).isEqualTo("bar@lion.example");

        Client theirs = f.manageClients.create(stranger, hop.id(), clientFields("The Crown", "cellar@crown.example",
                "XQAW00000101234", null)).client();
        assertThat(theirs.id()).isNotEqualTo(crown.id());
    }

    @Test
    void members_read_clients_and_only_owners_and_admins_change_them() {
        Client crown = create("The Crown", null, null);
        assertThat(f.manageClients.get(brewer, crown.id()).client().name()).isEqualTo("The Crown");
        assertThat(f.manageClients.search(brewer, teamId, "crown", null)).extracting(Client::id).containsExactly(crown.id());

        assertThatThrownBy(() -> f.manageClients.create(brewer, teamId, clientFields("Mine", null, null, null)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.update(brewer, crown.id(), only(Patch.set("x@y.example"), Patch.absent(),
                Patch.absent()))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.addSite(brewer, crown.id(), site("Cellar"))).isInstanceOf(Forbidden.class);
        assertThat(f.manageClients.update(admin, crown.id(), only(Patch.set("x@y.example"), Patch.absent(), Patch.absent()))
                .client().contactEmail().value()).isEqualTo("x@y.example");
    }

    @Test
    void another_teams_caller_is_forbidden_from_every_client_use_case() {
        Client crown = create("The Crown", null, null);
        DeliverySite cellar = f.manageClients.addSite(owner, crown.id(), site("Cellar"));
        assertThatThrownBy(() -> f.manageClients.get(stranger, crown.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.list(stranger, teamId, null, null, BY_NAME, PageRequest.DEFAULT))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.search(stranger, teamId, "crown", null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.create(stranger, teamId, clientFields("Mine", null, null, null)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.update(stranger, crown.id(), only(Patch.set("x@y.example"), Patch.absent(),
                Patch.absent()))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.changeSite(stranger, crown.id(), cellar.id(), site("Mine")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageClients.deleteSite(stranger, crown.id(), cellar.id())).isInstanceOf(Forbidden.class);
        assertThat(f.clients.sites(crown.id())).extracting(DeliverySite::name).containsExactly("Cellar");
        assertThatThrownBy(() -> f.manageClients.get(owner, UUID.randomUUID())).isInstanceOf(NotFound.class);
    }

    @Test
    void a_pricebook_of_another_team_is_refused_and_null_goes_back_to_the_default() {
        UUID trade = f.managePricebooks.create(owner, teamId, "Trade").pricebook().id();
        Client crown = f.client(owner, teamId, "The Crown", null, trade);
        assertThat(crown.pricebookId()).isEqualTo(trade);
        UUID theirs = f.defaultPricebookId(hop.id());
        assertInvalidField(() -> f.manageClients.update(owner, crown.id(), only(Patch.absent(), Patch.absent(), Patch.set(theirs))),
                "pricebookId");
        assertInvalidField(() -> f.manageClients.create(owner, teamId, clientFields("Mine", null, null, theirs)), "pricebookId");
        assertThat(f.manageClients.update(owner, crown.id(), only(Patch.absent(), Patch.absent(), Patch.set(null))).client()
                .pricebookId()).isEqualTo(f.defaultPricebookId(teamId));
    }

    @Test
    void clearing_awrs_and_email_with_null_and_leaving_them_when_omitted() {
        Client crown = create("The Crown", "cellar@crown.example", "XQAW00000101234");
        Client renamed = f.manageClients.update(owner, crown.id(), new ManageClients.ClientFields(Patch.set("Crown & Anchor"),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent())).client();
        assertThat(renamed.awrsNumber().value()).isEqualTo("XQAW00000101234");
        assertThat(renamed.contactEmail().value()).isEqualTo("cellar@crown.example");
        Client cleared = f.manageClients.update(owner, crown.id(), only(Patch.set(null), Patch.set(null), Patch.absent())).client();
        assertThat(cleared.awrsNumber()).isNull();
        assertThat(cleared.contactEmail()).isNull();
        assertThat(cleared.name()).isEqualTo("Crown & Anchor");
    }

    @Test
    void lists_filter_by_order_history_and_sort_never_ordered_clients_last() {
        Client never = create("Anchor", null, null);
        Client once = create("Bell", null, null);
        Client twice = create("Crown", null, null);
        f.order(owner, teamId, twice.id());
        f.order(owner, teamId, once.id());
        f.clock.advance(Duration.ofDays(40));
        f.order(owner, teamId, twice.id());

        assertThat(names(Clients.Filter.NEVER, BY_NAME)).containsExactly("Anchor");
        assertThat(names(Clients.Filter.ONCE, BY_NAME)).containsExactly("Bell");
        assertThat(names(Clients.Filter.RECENT, BY_NAME)).containsExactly("Crown");
        assertThat(names(null, new Sort("lastOrderedAt", Sort.Direction.DESC))).containsExactly("Crown", "Bell", "Anchor");
        assertThat(names(null, new Sort("lastOrderedAt", Sort.Direction.ASC))).containsExactly("Bell", "Crown", "Anchor");
        assertThat(f.manageClients.list(owner, teamId, Clients.Filter.RECENT, 365, BY_NAME, PageRequest.DEFAULT).results())
                .extracting(s -> s.client().name(), Clients.ClientSummary::orderCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bell", 1L), org.assertj.core.groups.Tuple.tuple("Crown", 2L));
        assertThat(never.id()).isNotNull();
        assertInvalidField(() -> f.manageClients.list(owner, teamId, null, 0, BY_NAME, PageRequest.DEFAULT), "recentDays");
        assertInvalidField(() -> f.manageClients.list(owner, teamId, null, 366, BY_NAME, PageRequest.DEFAULT), "recentDays");
    }

    @Test
    void search_matches_name_or_email_and_checks_its_bounds() {
        create("The Crown", "cellar@crown.example", null);
        create("Red Lion", "orders@lion.example", null);
        create("Bell", "crowd@bell.example", null);
        assertThat(f.manageClients.search(owner, teamId, "CROW", null)).extracting(Client::name).containsExactly("Bell", "The Crown");
        assertThat(f.manageClients.search(owner, teamId, "lion.example", 1)).extracting(Client::name).containsExactly("Red Lion");
        assertThat(f.manageClients.search(owner, teamId, "crow", 1)).hasSize(1);
        assertInvalidField(() -> f.manageClients.search(owner, teamId, " c ", null), "query");
        assertInvalidField(() -> f.manageClients.search(owner, teamId, "crown", 26), "limit");
    }

    private static ManageClients.SiteFields site(String name) {
        return new ManageClients.SiteFields(Patch.set(name), Patch.set(new Address("1 High St", null, "York", null, "YO1 7HH", "GB")),
                Patch.absent());
    }

    @Test
    void delivery_sites_are_added_changed_and_deleted_under_their_own_client() {
        Client crown = create("The Crown", null, null);
        Client lion = create("Red Lion", null, null);
        DeliverySite cellar = f.manageClients.addSite(owner, crown.id(), site("Cellar"));
        f.clock.advance(Duration.ofMinutes(1));
        f.manageClients.addSite(owner, crown.id(), site("Yard"));
        assertThat(f.manageClients.get(brewer, crown.id()).deliverySites()).extracting(DeliverySite::name).containsExactly("Cellar", "Yard");

        assertThat(f.manageClients.changeSite(admin, crown.id(), cellar.id(), site("Back cellar")).name()).isEqualTo("Back cellar");
        assertThatThrownBy(() -> f.manageClients.changeSite(owner, lion.id(), cellar.id(), site("Stolen"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.manageClients.deleteSite(owner, lion.id(), cellar.id())).isInstanceOf(NotFound.class);
        f.manageClients.deleteSite(owner, crown.id(), cellar.id());
        assertThat(f.clients.sites(crown.id())).extracting(DeliverySite::name).containsExactly("Yard");
    }

    @Test
    void a_client_shows_its_deposit_balance() {
        Client crown = create("The Crown", null, null);
        f.settings(owner, teamId, SettingsChanges.deposit(ContainerType.KEG, 3_000));
        f.manageDeposits.recordReturn(owner, new ManageDeposits.NewReturn(teamId, crown.id(), null,
                f.container(teamId, ContainerType.KEG).id(), BigDecimal.ONE, null, null));
        assertThat(f.manageClients.get(brewer, crown.id()).deposits().creditMinor()).isEqualTo(3_000);
    }
}
