package com.brewski.adapters.persistence;

import com.brewski.application.clients.Clients;
import com.brewski.application.clients.Clients.ClientSummary;
import com.brewski.application.clients.Clients.Filter;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.AwrsNumber;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.CatalogueSeed.T0;
import static com.brewski.adapters.persistence.CatalogueSeed.at;
import static com.brewski.adapters.persistence.CatalogueSeed.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Clients} and their delivery sites on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqClientsTest {
    private static final String DUPLICATE_EMAIL = "A client with this contactEmail already exists";
    private static final String DUPLICATE_AWRS = "A client with this awrsNumber already exists";
    private static final Sort NAME_ASC = new Sort("name", Sort.Direction.ASC);
    private static final Sort NAME_DESC = new Sort("name", Sort.Direction.DESC);
    private static final Sort LAST_ASC = new Sort("lastOrderedAt", Sort.Direction.ASC);
    private static final Sort LAST_DESC = new Sort("lastOrderedAt", Sort.Direction.DESC);
    private static final PageRequest ALL = new PageRequest(1, 50);

    private CatalogueSeed seed;
    private Clients clients;

    @BeforeAll
    void openDatabase() {
        seed = new CatalogueSeed();
        clients = seed.clients;
    }

    private List<String> names(TeamId team, Filter filter, Instant since, Sort sort) {
        return clients.list(team, filter, since, sort, ALL).results().stream().map(s -> s.client().name()).toList();
    }

    // ---- storing

    @Test
    void an_inserted_client_reads_back_equal_with_both_addresses() {
        TeamId team = seed.team("Round trip");
        Pricebook book = seed.pricebook(team, "Default", true, T0);
        Client full = new Client(UUID.randomUUID(), team, "The Crown", new Email("Orders@Crown.example"), "+441234567890",
                new Address("1 High St", "Back door", "Leeds", "West Yorkshire", "ls1 1aa", "UK"),
                new Address("PO Box 9", null, "York", null, "yo1 7hh", "UK"),
                new AwrsNumber("XAAW 0000 0123 456"), book.id(), "Rings twice", T0, at(5));
        Client bare = newClient(team, "Bare", null, null, null);

        clients.insert(full);
        clients.insert(bare);

        assertThat(clients.byId(full.id())).contains(full);
        Client storedBare = clients.byId(bare.id()).orElseThrow();
        assertThat(storedBare).isEqualTo(bare);
        assertThat(storedBare.address()).isEqualTo(Address.EMPTY);
        assertThat(storedBare.billingAddress()).isNull();
        assertThat(clients.byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void update_changes_every_field_but_identity_and_creation() {
        TeamId team = seed.team("Update");
        Client original = seed.client(team, "Old", "old@example.com", "OLD 1", null);
        Client changed = new Client(original.id(), team, "New", new Email("new@example.com"), "01234 567",
                new Address("2 Low St", null, "Hull", null, null, null), null, null, null, "Note", T0, at(77));

        clients.update(changed);

        assertThat(clients.byId(original.id())).contains(changed);
    }

    @Test
    void a_duplicate_email_within_the_team_is_a_conflict_naming_the_field_and_the_transaction_goes_on() {
        TeamId team = seed.team("Duplicate email");
        seed.client(team, "First", "bar@example.com", null, null);
        Client next = newClient(team, "Next", "other@example.com", null, null);

        seed.tx.run(() -> {
            assertThatThrownBy(() -> clients.insert(newClient(team, "Second", "BAR@example.com", null, null)))
                    .isInstanceOf(Conflict.class).hasMessage(DUPLICATE_EMAIL);
            clients.insert(next);
        });

        assertThat(clients.byId(next.id())).isPresent();
        assertThat(names(team, null, T0, NAME_ASC)).containsExactly("First", "Next");
    }

    @Test
    void a_duplicate_awrs_number_within_the_team_is_a_conflict_naming_the_field() {
        TeamId team = seed.team("Duplicate AWRS");
        seed.client(team, "First", "a@example.com", "XAAW 1", null);

        assertThatThrownBy(() -> seed.client(team, "Second", "b@example.com", "XAAW 1", null))
                .isInstanceOf(Conflict.class).hasMessage(DUPLICATE_AWRS);
    }

    @Test
    void the_same_email_and_awrs_number_are_fine_in_another_team_and_absent_ones_never_clash() {
        TeamId one = seed.team("Team one");
        TeamId two = seed.team("Team two");
        seed.client(one, "Pub", "pub@example.com", "XAAW 2", null);

        seed.client(two, "Pub", "pub@example.com", "XAAW 2", null);
        seed.client(one, "No email 1");
        seed.client(one, "No email 2");

        assertThat(names(two, null, T0, NAME_ASC)).containsExactly("Pub");
        assertThat(names(one, null, T0, NAME_ASC)).hasSize(3);
    }

    @Test
    void updating_to_a_taken_email_or_awrs_number_is_a_conflict_naming_the_field_and_the_transaction_goes_on() {
        TeamId team = seed.team("Update clash");
        seed.client(team, "Taken", "taken@example.com", "TAKEN 1", null);
        Client mover = seed.client(team, "Mover", "mover@example.com", "MOVER 1", null);
        Client renamed = new Client(mover.id(), team, "Renamed", mover.contactEmail(), null, null, null,
                mover.awrsNumber(), null, null, T0, at(3));

        seed.tx.run(() -> {
            assertThatThrownBy(() -> clients.update(new Client(mover.id(), team, "Mover", new Email("taken@example.com"),
                    null, null, null, mover.awrsNumber(), null, null, T0, at(1))))
                    .isInstanceOf(Conflict.class).hasMessage(DUPLICATE_EMAIL);
            assertThatThrownBy(() -> clients.update(new Client(mover.id(), team, "Mover", mover.contactEmail(),
                    null, null, null, new AwrsNumber("TAKEN 1"), null, null, T0, at(2))))
                    .isInstanceOf(Conflict.class).hasMessage(DUPLICATE_AWRS);
            clients.update(renamed);
        });

        assertThat(clients.byId(mover.id())).contains(renamed);
    }

    @Test
    void delivery_sites_are_stored_listed_oldest_first_changed_and_deleted() {
        TeamId team = seed.team("Sites");
        Client client = seed.client(team, "Pub");
        Client other = seed.client(team, "Other pub");
        DeliverySite cellar = new DeliverySite(UUID.randomUUID(), client.id(), "Cellar",
                new Address("1 Yard", null, "Leeds", null, "LS2 2BB", null), "Hatch", at(2), at(2));
        DeliverySite front = new DeliverySite(UUID.randomUUID(), client.id(), "Front", null, null, at(1), at(1));
        DeliverySite elsewhere = new DeliverySite(UUID.randomUUID(), other.id(), "Elsewhere", null, null, T0, T0);
        clients.insertSite(cellar);
        clients.insertSite(front);
        clients.insertSite(elsewhere);

        assertThat(clients.sites(client.id())).containsExactly(front, cellar);
        assertThat(clients.site(cellar.id())).contains(cellar);

        DeliverySite moved = new DeliverySite(cellar.id(), client.id(), "Cellar door", Address.EMPTY, null, at(2), at(9));
        clients.updateSite(moved);
        assertThat(clients.site(cellar.id())).contains(moved);

        clients.deleteSite(front.id());
        assertThat(clients.sites(client.id())).containsExactly(moved);
        assertThat(clients.sites(other.id())).containsExactly(elsewhere);
        assertThat(clients.site(front.id())).isEmpty();
    }

    // ---- list with order statistics

    /** Ann: 3 orders (one cancelled, the latest); Bob: 1 old order; Cat: 1 recent order; Dan and Eve: none. */
    private record Statistics(TeamId team, Client ann, Client bob, Client cat, Client dan, Client eve) {}

    private Statistics statistics(String teamName) {
        TeamId team = seed.team(teamName);
        Client ann = seed.client(team, "ann's bar");
        Client bob = seed.client(team, "Bob's Inn");
        Client cat = seed.client(team, "Cat & Fiddle");
        Client dan = seed.client(team, "Dan's");
        Client eve = seed.client(team, "Eve's");
        seed.order(ann, "confirmed", at(100));
        seed.order(ann, "draft", at(200));
        seed.order(ann, "cancelled", at(5_000));
        seed.order(bob, "confirmed", at(50));
        seed.order(cat, "confirmed", at(4_000));
        return new Statistics(team, ann, bob, cat, dan, eve);
    }

    @Test
    void each_client_comes_with_its_order_count_and_latest_order_time_cancelled_orders_included() {
        Statistics s = statistics("Statistics");

        Page<ClientSummary> page = clients.list(s.team(), null, T0, NAME_ASC, ALL);

        assertThat(page.results()).containsExactly(
                new ClientSummary(s.ann(), 3, at(5_000)),
                new ClientSummary(s.bob(), 1, at(50)),
                new ClientSummary(s.cat(), 1, at(4_000)),
                new ClientSummary(s.dan(), 0, null),
                new ClientSummary(s.eve(), 0, null));
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void filter_recent_keeps_clients_with_an_order_at_or_after_the_cut_off() {
        Statistics s = statistics("Recent");

        assertThat(names(s.team(), Filter.RECENT, at(4_000), NAME_ASC)).containsExactly("ann's bar", "Cat & Fiddle");
        assertThat(names(s.team(), Filter.RECENT, at(4_001), NAME_ASC)).containsExactly("ann's bar");
        assertThat(names(s.team(), Filter.RECENT, at(5_001), NAME_ASC)).isEmpty();
        assertThat(clients.list(s.team(), Filter.RECENT, at(4_000), NAME_ASC, new PageRequest(1, 1)).total()).isEqualTo(2);
    }

    @Test
    void filter_never_keeps_clients_without_orders() {
        Statistics s = statistics("Never");

        Page<ClientSummary> page = clients.list(s.team(), Filter.NEVER, T0, NAME_ASC, new PageRequest(1, 1));

        assertThat(page.results()).extracting(r -> r.client().name()).containsExactly("Dan's");
        assertThat(page.total()).isEqualTo(2);
        assertThat(names(s.team(), Filter.NEVER, T0, NAME_DESC)).containsExactly("Eve's", "Dan's");
    }

    @Test
    void filter_once_keeps_clients_with_exactly_one_order() {
        Statistics s = statistics("Once");

        Page<ClientSummary> page = clients.list(s.team(), Filter.ONCE, T0, NAME_ASC, ALL);

        assertThat(page.results()).extracting(r -> r.client().name()).containsExactly("Bob's Inn", "Cat & Fiddle");
        assertThat(page.results()).extracting(ClientSummary::orderCount).containsOnly(1L);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void name_sort_ignores_case_both_ways() {
        Statistics s = statistics("Names");

        assertThat(names(s.team(), null, T0, NAME_ASC)).containsExactly("ann's bar", "Bob's Inn", "Cat & Fiddle", "Dan's", "Eve's");
        assertThat(names(s.team(), null, T0, NAME_DESC)).containsExactly("Eve's", "Dan's", "Cat & Fiddle", "Bob's Inn", "ann's bar");
    }

    @Test
    void last_ordered_sort_puts_never_ordered_clients_last_in_both_directions() {
        Statistics s = statistics("Last ordered");
        List<String> neverAsc = s.dan().id().toString().compareTo(s.eve().id().toString()) < 0
                ? List.of("Dan's", "Eve's") : List.of("Eve's", "Dan's");

        List<String> asc = names(s.team(), null, T0, LAST_ASC);
        List<String> desc = names(s.team(), null, T0, LAST_DESC);

        assertThat(asc.subList(0, 3)).containsExactly("Bob's Inn", "Cat & Fiddle", "ann's bar");
        assertThat(asc.subList(3, 5)).as("never ordered, by id").containsExactlyElementsOf(neverAsc);
        assertThat(desc.subList(0, 3)).containsExactly("ann's bar", "Cat & Fiddle", "Bob's Inn");
        assertThat(desc.subList(3, 5)).as("never ordered, by id").containsExactlyElementsOf(neverAsc.reversed());
        Page<ClientSummary> lastPage = clients.list(s.team(), null, T0, LAST_DESC, new PageRequest(3, 2));
        assertThat(lastPage.results()).extracting(r -> r.client().name()).containsExactly(neverAsc.getFirst());
        assertThat(lastPage.total()).isEqualTo(5);
    }

    @Test
    void a_team_never_sees_another_teams_clients_or_counts_its_orders() {
        Statistics mine = statistics("Mine");
        Statistics theirs = statistics("Theirs");
        seed.order(theirs.dan(), "confirmed", at(9_000));

        Page<ClientSummary> page = clients.list(mine.team(), null, T0, NAME_ASC, ALL);

        assertThat(page.results()).extracting(ClientSummary::client)
                .containsExactly(mine.ann(), mine.bob(), mine.cat(), mine.dan(), mine.eve());
        assertThat(page.total()).isEqualTo(5);
        assertThat(names(mine.team(), Filter.NEVER, T0, NAME_ASC)).containsExactly("Dan's", "Eve's");
        assertThat(names(mine.team(), Filter.RECENT, at(6_000), NAME_ASC)).isEmpty();
    }

    // ---- search

    @Test
    void search_matches_part_of_the_name_or_email_ignoring_case_in_name_order_up_to_the_limit() {
        TeamId team = seed.team("Search");
        TeamId other = seed.team("Search elsewhere");
        seed.client(team, "The Red Lion", "landlord@redlion.example", null, null);
        seed.client(team, "Lions Den", null, null, null);
        seed.client(team, "Crown", "orders@lionhearted.example", null, null);
        seed.client(team, "Swan", "swan@example.com", null, null);
        seed.client(other, "Lion of elsewhere", null, null, null);

        assertThat(clients.search(team, "LION", 10)).extracting(Client::name)
                .containsExactly("Crown", "Lions Den", "The Red Lion");
        assertThat(clients.search(team, "lion", 2)).extracting(Client::name).containsExactly("Crown", "Lions Den");
        assertThat(clients.search(team, "redlion.EX", 10)).extracting(Client::name).containsExactly("The Red Lion");
        assertThat(clients.search(team, "zebra", 10)).isEmpty();
    }

    @Test
    void search_treats_wildcard_characters_literally() {
        TeamId team = seed.team("Wildcards");
        seed.client(team, "100% Ale House");
        seed.client(team, "1000 Ales");
        seed.client(team, "Under_score");
        seed.client(team, "Underscore");

        assertThat(clients.search(team, "0%", 10)).extracting(Client::name).containsExactly("100% Ale House");
        assertThat(clients.search(team, "r_s", 10)).extracting(Client::name).containsExactly("Under_score");
    }
}
