package com.brewski.adapters.persistence;

import com.brewski.application.catalogue.Multipacks;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.CatalogueSeed.T0;
import static com.brewski.adapters.persistence.CatalogueSeed.at;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Multipacks} on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqMultipacksTest {
    private CatalogueSeed seed;
    private Multipacks multipacks;

    @BeforeAll
    void openDatabase() {
        seed = new CatalogueSeed();
        multipacks = seed.multipacks;
    }

    private record Parts(TeamId team, Beer beer, Container container) {}

    private Parts parts(String teamName) {
        TeamId team = seed.team(teamName);
        return new Parts(team, seed.beer(team, "Lager"), seed.container(team, "Can"));
    }

    private List<String> names(TeamId team, Sort sort) {
        return multipacks.list(team, sort, new PageRequest(1, 50)).results().stream().map(Multipack::name).toList();
    }

    @Test
    void an_inserted_multipack_reads_back_equal_and_update_changes_it() {
        Parts p = parts("Round trip");
        Container bottle = seed.container(p.team(), "Bottle");
        Beer stout = seed.beer(p.team(), "Stout");
        Multipack pack = seed.multipack(p.team(), "Six", p.beer(), p.container(), at(1));

        assertThat(multipacks.byId(pack.id())).contains(pack);

        Multipack changed = new Multipack(pack.id(), p.team(), "Twelve", 12, stout.id(), bottle.id(), 3000, at(1), at(90));
        multipacks.update(changed);

        assertThat(multipacks.byId(pack.id())).contains(changed);
        assertThat(multipacks.byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void list_sorts_by_name_and_created_at_both_ways_with_paging_totals() {
        Parts p = parts("Sorting");
        seed.multipack(p.team(), "Bravo", p.beer(), p.container(), at(3));
        seed.multipack(p.team(), "Alpha", p.beer(), p.container(), at(2));
        seed.multipack(p.team(), "Charlie", p.beer(), p.container(), at(1));

        assertThat(names(p.team(), new Sort("name", Sort.Direction.ASC))).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(names(p.team(), new Sort("name", Sort.Direction.DESC))).containsExactly("Charlie", "Bravo", "Alpha");
        assertThat(names(p.team(), new Sort("createdAt", Sort.Direction.ASC))).containsExactly("Charlie", "Alpha", "Bravo");
        assertThat(names(p.team(), new Sort("createdAt", Sort.Direction.DESC))).containsExactly("Bravo", "Alpha", "Charlie");

        Page<Multipack> first = multipacks.list(p.team(), new Sort("name", Sort.Direction.ASC), new PageRequest(1, 2));
        assertThat(first.results()).extracting(Multipack::name).containsExactly("Alpha", "Bravo");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.pages()).isEqualTo(2);
    }

    @Test
    void equal_sort_keys_are_ordered_by_id() {
        Parts p = parts("Ties");
        List<UUID> ids = List.of(seed.multipack(p.team(), "Same", p.beer(), p.container(), T0),
                        seed.multipack(p.team(), "Same", p.beer(), p.container(), T0),
                        seed.multipack(p.team(), "Same", p.beer(), p.container(), T0))
                .stream().map(Multipack::id).sorted(Comparator.comparing(UUID::toString)).toList();

        assertThat(multipacks.list(p.team(), new Sort("createdAt", Sort.Direction.ASC), PageRequest.DEFAULT).results())
                .extracting(Multipack::id).containsExactlyElementsOf(ids);
        assertThat(multipacks.list(p.team(), new Sort("name", Sort.Direction.DESC), PageRequest.DEFAULT).results())
                .extracting(Multipack::id).containsExactlyElementsOf(ids.reversed());
    }

    @Test
    void a_team_never_sees_another_teams_multipacks() {
        Parts mine = parts("Mine");
        Parts theirs = parts("Theirs");
        seed.multipack(mine.team(), "Ours", mine.beer(), mine.container(), T0);
        seed.multipack(theirs.team(), "Theirs", theirs.beer(), theirs.container(), T0);

        Page<Multipack> page = multipacks.list(mine.team(), new Sort("name", Sort.Direction.ASC), PageRequest.DEFAULT);

        assertThat(page.results()).extracting(Multipack::name).containsExactly("Ours");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void delete_if_unused_deletes_a_multipack_nothing_refers_to() {
        Parts p = parts("Delete");
        Multipack pack = seed.multipack(p.team(), "Spare", p.beer(), p.container(), T0);

        assertThat(multipacks.deleteIfUnused(pack.id())).isTrue();
        assertThat(multipacks.byId(pack.id())).isEmpty();
        assertThat(multipacks.deleteIfUnused(pack.id())).isFalse();
    }

    @Test
    void delete_if_unused_refuses_a_multipack_with_a_price_or_an_order_line() {
        Parts p = parts("Used");
        Multipack priced = seed.multipack(p.team(), "Priced", p.beer(), p.container(), T0);
        Multipack ordered = seed.multipack(p.team(), "Ordered", p.beer(), p.container(), T0);
        seed.multipackPrice(seed.pricebook(p.team(), "Book", false, T0), priced, 2000);
        seed.orderLine(seed.order(seed.client(p.team(), "Pub"), "confirmed", T0), null, null, ordered.id());

        for (Multipack used : List.of(priced, ordered)) {
            boolean deleted = seed.tx.inTransaction(() -> multipacks.deleteIfUnused(used.id()));
            assertThat(deleted).as(used.name()).isFalse();
            assertThat(multipacks.byId(used.id())).as(used.name()).isPresent();
        }
    }
}
