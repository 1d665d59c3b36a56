package com.brewski.adapters.persistence;

import com.brewski.application.catalogue.Beers;
import com.brewski.application.catalogue.Beers.StockLevel;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.BeerState;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.brewski.adapters.persistence.CatalogueSeed.T0;
import static com.brewski.adapters.persistence.CatalogueSeed.at;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Beers} and their stock on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqBeersTest {
    private CatalogueSeed seed;
    private Beers beers;

    @BeforeAll
    void openDatabase() {
        seed = new CatalogueSeed();
        beers = seed.beers;
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private BigDecimal level(UUID beerId, UUID containerId) {
        return beers.stock(beerId).stream().filter(l -> l.containerId().equals(containerId)).findFirst()
                .map(StockLevel::quantity).orElse(null);
    }

    @Test
    void an_inserted_beer_reads_back_equal_including_empty_optional_fields() {
        TeamId team = seed.team("Round trip");
        Beer full = new Beer(UUID.randomUUID(), team, "Session IPA", "IPA", BeerState.ACTIVE, dec("4.25"), "#00FF00",
                true, InventoryMode.MANUAL, T0, at(1));
        Beer bare = new Beer(UUID.randomUUID(), team, "Plain", null, BeerState.ARCHIVED, null, null, false,
                InventoryMode.MANAGED, T0, T0);

        beers.insert(full);
        beers.insert(bare);

        assertThat(beers.byId(full.id())).contains(full);
        assertThat(beers.byId(bare.id())).contains(bare);
        assertThat(beers.byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_whole_number_abv_reads_back_without_padding_zeros() {
        TeamId team = seed.team("Abv");
        Beer beer = new Beer(UUID.randomUUID(), team, "Five", null, BeerState.ACTIVE, dec("5"), null, false,
                InventoryMode.MANUAL, T0, T0);
        beers.insert(beer);

        assertThat(beers.byId(beer.id()).orElseThrow().targetAbv()).isEqualTo(dec("5"));
    }

    @Test
    void update_changes_the_mutable_fields_but_never_the_inventory_mode() {
        TeamId team = seed.team("Update");
        Beer original = seed.beer(team, "Old");
        Beer changed = new Beer(original.id(), team, "New", null, BeerState.ARCHIVED, dec("7.1"), "#123456", false,
                InventoryMode.MANAGED, T0, at(60));

        beers.update(changed);

        Beer stored = beers.byId(original.id()).orElseThrow();
        assertThat(stored).isEqualTo(new Beer(original.id(), team, "New", null, BeerState.ARCHIVED, dec("7.1"), "#123456",
                false, InventoryMode.MANUAL, T0, at(60)));
    }

    @Test
    void list_sorts_by_name_and_created_at_both_ways_with_id_tie_break_and_paging() {
        TeamId team = seed.team("Sorting");
        seed.beer(team, "Bravo", at(1));
        seed.beer(team, "Alpha", at(3));
        seed.beer(team, "Charlie", at(2));
        Beer tieA = seed.beer(team, "Delta", at(9));
        Beer tieB = seed.beer(team, "Delta", at(9));
        List<UUID> tie = List.of(tieA.id(), tieB.id()).stream().sorted(Comparator.comparing(UUID::toString)).toList();
        PageRequest all = new PageRequest(1, 10);

        assertThat(ids(team, new Sort("name", Sort.Direction.ASC), all)).containsExactly(
                id(team, "Alpha"), id(team, "Bravo"), id(team, "Charlie"), tie.get(0), tie.get(1));
        assertThat(ids(team, new Sort("name", Sort.Direction.DESC), all)).containsExactly(
                tie.get(1), tie.get(0), id(team, "Charlie"), id(team, "Bravo"), id(team, "Alpha"));
        assertThat(ids(team, new Sort("createdAt", Sort.Direction.ASC), all)).containsExactly(
                id(team, "Bravo"), id(team, "Charlie"), id(team, "Alpha"), tie.get(0), tie.get(1));
        assertThat(ids(team, new Sort("createdAt", Sort.Direction.DESC), all)).containsExactly(
                tie.get(1), tie.get(0), id(team, "Alpha"), id(team, "Charlie"), id(team, "Bravo"));

        Page<Beer> page = beers.list(team, new Sort("name", Sort.Direction.ASC), new PageRequest(2, 2));
        assertThat(page.results()).extracting(Beer::name).containsExactly("Charlie", "Delta");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.pages()).isEqualTo(3);
    }

    private List<UUID> ids(TeamId team, Sort sort, PageRequest page) {
        return beers.list(team, sort, page).results().stream().map(Beer::id).toList();
    }

    private UUID id(TeamId team, String name) {
        return beers.list(team, new Sort("name", Sort.Direction.ASC), new PageRequest(1, 200)).results().stream()
                .filter(b -> b.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void a_team_never_sees_another_teams_beers() {
        TeamId mine = seed.team("Mine");
        TeamId theirs = seed.team("Theirs");
        seed.beer(mine, "Ours");
        seed.beer(theirs, "Theirs 1");
        seed.beer(theirs, "Theirs 2");

        Page<Beer> page = beers.list(mine, new Sort("name", Sort.Direction.ASC), new PageRequest(1, 10));

        assertThat(page.results()).extracting(Beer::name).containsExactly("Ours");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void set_stock_keeps_one_level_per_container_and_replaces_it() {
        TeamId team = seed.team("Stock");
        Beer beer = seed.beer(team, "Pale");
        Container keg = seed.container(team, "Keg");
        Container can = seed.container(team, "Can");

        beers.setStock(beer.id(), keg.id(), dec("3"));
        beers.setStock(beer.id(), can.id(), dec("24"));
        beers.setStock(beer.id(), keg.id(), dec("2.5"));

        assertThat(beers.stock(beer.id())).containsExactly(
                new StockLevel(beer.id(), can.id(), dec("24")),
                new StockLevel(beer.id(), keg.id(), dec("2.5")));
    }

    @Test
    void stock_of_many_beers_comes_in_one_list_and_leaves_out_others() {
        TeamId team = seed.team("Many");
        Beer a = seed.beer(team, "A");
        Beer b = seed.beer(team, "B");
        Beer other = seed.beer(team, "Other");
        Beer none = seed.beer(team, "None");
        Container keg = seed.container(team, "Keg");
        beers.setStock(a.id(), keg.id(), dec("1"));
        beers.setStock(b.id(), keg.id(), dec("2"));
        beers.setStock(other.id(), keg.id(), dec("3"));

        List<StockLevel> levels = beers.stock(List.of(a.id(), b.id(), none.id()));

        assertThat(levels).containsExactlyInAnyOrder(
                new StockLevel(a.id(), keg.id(), dec("1")), new StockLevel(b.id(), keg.id(), dec("2")));
        assertThat(beers.stock(List.of())).isEmpty();
        assertThat(beers.stock(none.id())).isEmpty();
    }

    @Test
    void adjust_stock_adds_creating_the_level_and_takes_down_to_exactly_zero() {
        TeamId team = seed.team("Adjust");
        Beer beer = seed.beer(team, "Porter");
        Container keg = seed.container(team, "Keg");

        assertThat(beers.adjustStock(beer.id(), keg.id(), dec("4"))).contains(dec("4"));
        assertThat(beers.adjustStock(beer.id(), keg.id(), dec("1.5"))).contains(dec("5.5"));
        assertThat(beers.adjustStock(beer.id(), keg.id(), dec("-2.5"))).contains(dec("3"));
        assertThat(beers.adjustStock(beer.id(), keg.id(), dec("-3"))).contains(dec("0"));
        assertThat(level(beer.id(), keg.id())).isEqualTo(dec("0"));
    }

    @Test
    void adjust_stock_refuses_to_go_below_zero_and_changes_nothing() {
        TeamId team = seed.team("Refuse");
        Beer beer = seed.beer(team, "Mild");
        Container keg = seed.container(team, "Keg");
        Container empty = seed.container(team, "Never stocked");
        beers.setStock(beer.id(), keg.id(), dec("2"));

        assertThat(beers.adjustStock(beer.id(), keg.id(), dec("-2.001"))).isEmpty();
        assertThat(level(beer.id(), keg.id())).isEqualTo(dec("2"));
        assertThat(beers.adjustStock(beer.id(), empty.id(), dec("-1"))).as("a missing level is zero").isEmpty();
        assertThat(beers.stock(beer.id())).extracting(StockLevel::containerId).containsExactly(keg.id());
    }

    @Test
    void concurrent_takes_never_oversell() throws Exception {
        TeamId team = seed.team("Rush");
        Beer beer = seed.beer(team, "Limited");
        Container keg = seed.container(team, "Keg");
        beers.setStock(beer.id(), keg.id(), dec("5"));
        int buyers = 8;
        CyclicBarrier start = new CyclicBarrier(buyers);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < buyers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        seed.tx.run(() -> {
                            Optional<BigDecimal> left = beers.adjustStock(beer.id(), keg.id(), dec("-1"));
                            if (left.isEmpty()) throw new Conflict("Not enough stock");
                            sleep(50); // hold the row lock so the others queue behind it
                        });
                        return true;
                    } catch (Conflict soldOut) {
                        return false;
                    }
                }));
            }
            int sold = 0;
            for (Future<Boolean> outcome : outcomes) if (outcome.get(60, TimeUnit.SECONDS)) sold++;
            assertThat(sold).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(level(beer.id(), keg.id())).isEqualTo(dec("0"));
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
