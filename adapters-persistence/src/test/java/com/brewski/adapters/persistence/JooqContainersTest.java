package com.brewski.adapters.persistence;

import com.brewski.application.catalogue.Containers;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.brewski.adapters.persistence.CatalogueSeed.T0;
import static com.brewski.adapters.persistence.CatalogueSeed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Containers} on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqContainersTest {
    private CatalogueSeed seed;
    private Containers containers;

    @BeforeAll
    void openDatabase() {
        seed = new CatalogueSeed();
        containers = seed.containers;
    }

    private static Sort asc(String key) {
        return new Sort(key, Sort.Direction.ASC);
    }

    private static Sort desc(String key) {
        return new Sort(key, Sort.Direction.DESC);
    }

    private List<String> names(TeamId team, Sort sort, PageRequest page) {
        return containers.list(team, sort, page).results().stream().map(Container::name).toList();
    }

    @Test
    void inserted_containers_read_back_equal_and_all_lists_them_by_name() {
        TeamId team = seed.team("Defaults");
        List<Container> defaults = Container.defaults(team, UUID::randomUUID, T0);
        Container ownDeposit = new Container(UUID.randomUUID(), team, "Mini keg", ContainerType.KEG, 5000, 0, false, true,
                750L, at(1), at(2));

        containers.insertAll(defaults);
        containers.insertAll(List.of(ownDeposit));
        containers.insertAll(List.of());

        assertThat(containers.byId(ownDeposit.id())).contains(ownDeposit);
        assertThat(containers.byId(defaults.get(1).id())).contains(defaults.get(1));
        assertThat(containers.all(team)).extracting(Container::name)
                .containsExactly("30L Keg", "440ml Can", "500ml Bottle", "9 Gallon Cask", "Mini keg");
        assertThat(containers.byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void update_changes_every_field_but_identity_and_creation() {
        TeamId team = seed.team("Update");
        Container original = seed.container(team, "Old", 500, T0);
        Container changed = new Container(original.id(), team, "New", ContainerType.CAN, 330, 9, true, false, 0L, T0, at(60));

        containers.update(changed);

        assertThat(containers.byId(original.id())).contains(changed);
    }

    @Test
    void list_sorts_by_each_key_in_both_directions_with_paging_totals() {
        TeamId team = seed.team("Sorting");
        seed.container(team, "Bravo", 300, at(3));
        seed.container(team, "Alpha", 500, at(1));
        seed.container(team, "Delta", 100, at(2));
        seed.container(team, "Charlie", 200, at(4));
        PageRequest all = new PageRequest(1, 10);

        assertThat(names(team, asc("name"), all)).containsExactly("Alpha", "Bravo", "Charlie", "Delta");
        assertThat(names(team, desc("name"), all)).containsExactly("Delta", "Charlie", "Bravo", "Alpha");
        assertThat(names(team, asc("volumeMl"), all)).containsExactly("Delta", "Charlie", "Bravo", "Alpha");
        assertThat(names(team, desc("volumeMl"), all)).containsExactly("Alpha", "Bravo", "Charlie", "Delta");
        assertThat(names(team, asc("createdAt"), all)).containsExactly("Alpha", "Delta", "Bravo", "Charlie");
        assertThat(names(team, desc("createdAt"), all)).containsExactly("Charlie", "Bravo", "Delta", "Alpha");

        Page<Container> second = containers.list(team, asc("name"), new PageRequest(2, 3));
        assertThat(second.results()).extracting(Container::name).containsExactly("Delta");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.pageSize()).isEqualTo(3);
        assertThat(second.pages()).isEqualTo(2);
        Page<Container> beyond = containers.list(team, asc("name"), new PageRequest(3, 3));
        assertThat(beyond.results()).isEmpty();
        assertThat(beyond.total()).isEqualTo(4);
    }

    @Test
    void equal_sort_keys_are_ordered_by_id_in_the_same_direction() {
        TeamId team = seed.team("Ties");
        List<Container> same = List.of(seed.container(team, "Same", 500, T0), seed.container(team, "Same", 500, T0),
                seed.container(team, "Same", 500, T0));
        List<UUID> ids = same.stream().map(Container::id).sorted(Comparator.comparing(UUID::toString)).toList();

        for (String key : List.of("name", "volumeMl", "createdAt")) {
            assertThat(containers.list(team, asc(key), new PageRequest(1, 10)).results()).extracting(Container::id)
                    .as(key).containsExactlyElementsOf(ids);
            assertThat(containers.list(team, desc(key), new PageRequest(1, 10)).results()).extracting(Container::id)
                    .as(key).containsExactlyElementsOf(ids.reversed());
        }
        // pages never repeat or skip a row when keys tie
        List<UUID> paged = new java.util.ArrayList<>();
        for (int p = 1; p <= 3; p++) paged.addAll(containers.list(team, asc("name"), new PageRequest(p, 1)).results()
                .stream().map(Container::id).toList());
        assertThat(paged).containsExactlyElementsOf(ids);
    }

    @Test
    void a_team_never_sees_another_teams_containers() {
        TeamId mine = seed.team("Mine");
        TeamId theirs = seed.team("Theirs");
        seed.container(mine, "Ours");
        seed.container(theirs, "Not ours");
        seed.container(theirs, "Not ours either");

        Page<Container> page = containers.list(mine, asc("name"), new PageRequest(1, 10));
        assertThat(page.results()).extracting(Container::name).containsExactly("Ours");
        assertThat(page.total()).isEqualTo(1);
        assertThat(containers.all(mine)).extracting(Container::name).containsExactly("Ours");
    }

    @Test
    void an_unknown_sort_key_is_bad_input() {
        TeamId team = seed.team("Bad sort");
        assertThatThrownBy(() -> containers.list(team, asc("colour"), PageRequest.DEFAULT))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void delete_if_unused_deletes_a_container_nothing_refers_to() {
        TeamId team = seed.team("Delete");
        Container unused = seed.container(team, "Unused");

        assertThat(containers.deleteIfUnused(unused.id())).isTrue();
        assertThat(containers.byId(unused.id())).isEmpty();
        assertThat(containers.deleteIfUnused(unused.id())).as("already gone").isFalse();
    }

    @Test
    void delete_if_unused_refuses_a_container_with_stock_a_multipack_a_price_or_an_order_line() {
        TeamId team = seed.team("Used");
        Beer beer = seed.beer(team, "Pale");
        Container stocked = seed.container(team, "Stocked");
        Container packed = seed.container(team, "Packed");
        Container priced = seed.container(team, "Priced");
        Container ordered = seed.container(team, "Ordered");
        seed.beers.setStock(beer.id(), stocked.id(), BigDecimal.ZERO);
        seed.multipack(team, "Pack", beer, packed, T0);
        seed.beerPrice(seed.pricebook(team, "Book", false, T0), beer, priced, 100);
        seed.orderLine(seed.order(seed.client(team, "Pub"), "draft", T0), beer.id(), ordered.id(), null);

        for (Container used : List.of(stocked, packed, priced, ordered)) {
            boolean deleted = seed.tx.inTransaction(() -> containers.deleteIfUnused(used.id()));
            assertThat(deleted).as(used.name()).isFalse();
            assertThat(containers.byId(used.id())).as(used.name()).isPresent();
        }
    }

    @Test
    void delete_if_unused_racing_a_new_reference_answers_false_instead_of_failing() throws Exception {
        TeamId team = seed.team("Race");
        Beer beer = seed.beer(team, "Racer");
        Container contested = seed.container(team, "Contested");
        CountDownLatch referenced = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> pricing = pool.submit(() -> seed.tx.run(() -> {
                seed.beerPrice(seed.pricebook(team, "Book", false, T0), beer, contested, 100);
                referenced.countDown();
                sleep(300); // the new price is not committed yet
            }));
            assertThat(referenced.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> deleting = pool.submit(() -> seed.tx.inTransaction(() -> containers.deleteIfUnused(contested.id())));

            pricing.get(30, TimeUnit.SECONDS);
            assertThat(deleting.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            pool.shutdownNow();
        }
        assertThat(containers.byId(contested.id())).isPresent();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void delete_unused_removes_only_the_teams_unreferenced_containers() {
        TeamId team = seed.team("Tidy");
        TeamId other = seed.team("Other tidy");
        Beer beer = seed.beer(team, "Stout");
        Container stocked = seed.container(team, "Stocked");
        Container priced = seed.container(team, "Priced");
        Container spare1 = seed.container(team, "Spare 1");
        Container spare2 = seed.container(team, "Spare 2");
        Container othersSpare = seed.container(other, "Their spare");
        seed.beers.setStock(beer.id(), stocked.id(), BigDecimal.TEN);
        seed.beerPrice(seed.pricebook(team, "Book", false, T0), beer, priced, 100);

        int deleted = seed.tx.inTransaction(() -> containers.deleteUnused(team));

        assertThat(deleted).isEqualTo(2);
        assertThat(containers.all(team)).extracting(Container::id).containsExactly(priced.id(), stocked.id());
        assertThat(containers.byId(spare1.id())).isEmpty();
        assertThat(containers.byId(spare2.id())).isEmpty();
        assertThat(containers.byId(othersSpare.id())).isPresent();
        assertThat(containers.deleteUnused(team)).as("nothing left to remove").isZero();
    }
}
