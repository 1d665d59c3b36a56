package com.brewski.adapters.persistence;

import com.brewski.application.catalogue.Pricebooks;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.catalogue.PricebookItem;
import com.brewski.domain.clients.Client;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.CatalogueSeed.T0;
import static com.brewski.adapters.persistence.CatalogueSeed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Pricebooks} and their items on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqPricebooksTest {
    private static final String DUPLICATE_ITEM = "This pricebook already has a price for that item";

    private CatalogueSeed seed;
    private Pricebooks pricebooks;

    @BeforeAll
    void openDatabase() {
        seed = new CatalogueSeed();
        pricebooks = seed.pricebooks;
    }

    private record Goods(TeamId team, Beer beer, Container keg, Container can, Multipack pack) {}

    private Goods goods(String teamName) {
        TeamId team = seed.team(teamName);
        Beer beer = seed.beer(team, "Pale");
        Container keg = seed.container(team, "Keg");
        Container can = seed.container(team, "Can");
        return new Goods(team, beer, keg, can, seed.multipack(team, "Six", beer, can, T0));
    }

    @Test
    void a_teams_pricebooks_come_oldest_first_and_only_its_own() {
        TeamId team = seed.team("Books");
        TeamId other = seed.team("Other books");
        Pricebook later = seed.pricebook(team, "Later", false, at(20));
        Pricebook first = seed.pricebook(team, "Default", true, at(10));
        Pricebook trade = seed.pricebook(team, "Trade", false, at(15));
        Pricebook othersDefault = seed.pricebook(other, "Default", true, at(1));

        assertThat(pricebooks.all(team)).containsExactly(first, trade, later);
        assertThat(pricebooks.byId(trade.id())).contains(trade);
        assertThat(pricebooks.byId(UUID.randomUUID())).isEmpty();
        assertThat(pricebooks.defaultOf(team)).contains(first);
        assertThat(pricebooks.defaultOf(other)).as("each team has its own default").contains(othersDefault);
        assertThat(pricebooks.defaultOf(seed.team("No default"))).isEmpty();
    }

    @Test
    void a_second_default_is_a_conflict_that_leaves_the_transaction_usable() {
        TeamId team = seed.team("Two defaults");
        Pricebook existing = seed.pricebook(team, "Default", true, T0);
        Pricebook second = new Pricebook(UUID.randomUUID(), team, "Another default", true, at(1), at(1));
        Pricebook plain = new Pricebook(UUID.randomUUID(), team, "Plain", false, at(2), at(2));

        seed.tx.run(() -> {
            assertThatThrownBy(() -> pricebooks.insert(second))
                    .isInstanceOf(Conflict.class).hasMessage("This team already has a default pricebook");
            pricebooks.insert(plain);
        });

        assertThat(pricebooks.all(team)).containsExactly(existing, plain);
    }

    @Test
    void update_renames_and_making_a_second_default_is_a_conflict_that_leaves_the_transaction_usable() {
        TeamId team = seed.team("Rename");
        Pricebook def = seed.pricebook(team, "Default", true, T0);
        Pricebook trade = seed.pricebook(team, "Trade", false, at(1));
        Pricebook renamed = new Pricebook(trade.id(), team, "Wholesale", false, trade.createdAt(), at(50));

        seed.tx.run(() -> {
            assertThatThrownBy(() -> pricebooks.update(new Pricebook(trade.id(), team, "Trade", true, trade.createdAt(), at(40))))
                    .isInstanceOf(Conflict.class).hasMessage("This team already has a default pricebook");
            pricebooks.update(renamed);
        });

        assertThat(pricebooks.byId(trade.id())).contains(renamed);
        assertThat(pricebooks.defaultOf(team)).contains(def);
    }

    @Test
    void items_of_several_pricebooks_come_back_in_one_list() {
        Goods g = goods("Items");
        Pricebook a = seed.pricebook(g.team(), "A", true, T0);
        Pricebook b = seed.pricebook(g.team(), "B", false, at(1));
        Pricebook c = seed.pricebook(g.team(), "C", false, at(2));
        PricebookItem inA = seed.beerPrice(a, g.beer(), g.keg(), 12000);
        PricebookItem packInA = seed.multipackPrice(a, g.pack(), 2400);
        PricebookItem inB = new PricebookItem(UUID.randomUUID(), b.id(), g.beer().id(), g.can().id(), null, 250,
                new BigDecimal("12.5"), false, at(3), at(4));
        pricebooks.insertItem(inB);
        seed.beerPrice(c, g.beer(), g.keg(), 1);

        assertThat(pricebooks.items(List.of(a.id(), b.id()))).containsExactlyInAnyOrder(inA, packInA, inB);
        assertThat(pricebooks.items(List.of())).isEmpty();
        assertThat(pricebooks.item(inB.id())).contains(inB);
        assertThat(pricebooks.item(UUID.randomUUID())).isEmpty();
    }

    private PricebookItem beerItem(UUID book, Goods g, Container container) {
        return new PricebookItem(UUID.randomUUID(), book, g.beer().id(), container.id(), null, 999, null, true, T0, T0);
    }

    @Test
    void a_second_price_for_the_same_beer_and_container_is_a_conflict_that_leaves_the_transaction_usable() {
        Goods g = goods("Duplicate beer price");
        Pricebook book = seed.pricebook(g.team(), "Book", false, T0);
        PricebookItem first = seed.beerPrice(book, g.beer(), g.keg(), 100);
        PricebookItem otherContainer = beerItem(book.id(), g, g.can());

        seed.tx.run(() -> {
            assertThatThrownBy(() -> pricebooks.insertItem(beerItem(book.id(), g, g.keg())))
                    .isInstanceOf(Conflict.class).hasMessage(DUPLICATE_ITEM);
            pricebooks.insertItem(otherContainer);
        });

        assertThat(pricebooks.items(List.of(book.id()))).containsExactlyInAnyOrder(first, otherContainer);
    }

    @Test
    void a_second_price_for_the_same_multipack_is_a_conflict() {
        Goods g = goods("Duplicate pack price");
        Pricebook book = seed.pricebook(g.team(), "Book", false, T0);
        seed.multipackPrice(book, g.pack(), 100);

        assertThatThrownBy(() -> seed.multipackPrice(book, g.pack(), 200))
                .isInstanceOf(Conflict.class).hasMessage(DUPLICATE_ITEM);
        assertThat(pricebooks.items(List.of(book.id()))).extracting(PricebookItem::priceMinor).containsExactly(100L);
    }

    @Test
    void the_same_thing_may_have_a_price_in_each_pricebook() {
        Goods g = goods("Each book");
        Pricebook one = seed.pricebook(g.team(), "One", false, T0);
        Pricebook two = seed.pricebook(g.team(), "Two", false, T0);

        seed.beerPrice(one, g.beer(), g.keg(), 100);
        seed.beerPrice(two, g.beer(), g.keg(), 200);
        seed.multipackPrice(one, g.pack(), 300);
        seed.multipackPrice(two, g.pack(), 400);

        assertThat(pricebooks.items(List.of(one.id(), two.id()))).hasSize(4);
    }

    @Test
    void item_lookups_find_the_price_of_a_beer_in_a_container_or_of_a_multipack() {
        Goods g = goods("Lookups");
        Pricebook book = seed.pricebook(g.team(), "Book", false, T0);
        Pricebook otherBook = seed.pricebook(g.team(), "Other", false, T0);
        PricebookItem keg = seed.beerPrice(book, g.beer(), g.keg(), 100);
        PricebookItem pack = seed.multipackPrice(book, g.pack(), 300);
        seed.beerPrice(otherBook, g.beer(), g.can(), 1);

        assertThat(pricebooks.itemFor(book.id(), g.beer().id(), g.keg().id())).contains(keg);
        assertThat(pricebooks.itemFor(book.id(), g.beer().id(), g.can().id())).isEmpty();
        assertThat(pricebooks.itemForMultipack(book.id(), g.pack().id())).contains(pack);
        assertThat(pricebooks.itemForMultipack(otherBook.id(), g.pack().id())).isEmpty();
    }

    @Test
    void update_item_changes_price_discount_and_enabled_and_delete_item_removes_it() {
        Goods g = goods("Item changes");
        Pricebook book = seed.pricebook(g.team(), "Book", false, T0);
        PricebookItem item = seed.beerPrice(book, g.beer(), g.keg(), 100);
        PricebookItem changed = new PricebookItem(item.id(), book.id(), g.beer().id(), g.keg().id(), null, 150,
                new BigDecimal("7.5"), false, item.createdAt(), at(30));

        pricebooks.updateItem(changed);
        assertThat(pricebooks.item(item.id())).contains(changed);

        pricebooks.deleteItem(item.id());
        assertThat(pricebooks.item(item.id())).isEmpty();
    }

    @Test
    void delete_moving_clients_moves_the_clients_then_deletes_the_pricebook_with_its_items() {
        Goods g = goods("Delete book");
        Pricebook def = seed.pricebook(g.team(), "Default", true, T0);
        Pricebook doomed = seed.pricebook(g.team(), "Doomed", false, at(1));
        Pricebook kept = seed.pricebook(g.team(), "Kept", false, at(2));
        PricebookItem doomedItem = seed.beerPrice(doomed, g.beer(), g.keg(), 100);
        PricebookItem keptItem = seed.beerPrice(kept, g.beer(), g.keg(), 100);
        Client onDoomed1 = seed.client(g.team(), "Pub one", null, null, doomed.id());
        Client onDoomed2 = seed.client(g.team(), "Pub two", null, null, doomed.id());
        Client onKept = seed.client(g.team(), "Pub three", null, null, kept.id());

        seed.tx.run(() -> pricebooks.deleteMovingClients(doomed.id(), def.id()));

        assertThat(pricebooks.byId(doomed.id())).isEmpty();
        assertThat(pricebooks.item(doomedItem.id())).isEmpty();
        assertThat(pricebooks.item(keptItem.id())).isPresent();
        assertThat(seed.clients.byId(onDoomed1.id()).orElseThrow().pricebookId()).isEqualTo(def.id());
        assertThat(seed.clients.byId(onDoomed2.id()).orElseThrow().pricebookId()).isEqualTo(def.id());
        assertThat(seed.clients.byId(onKept.id()).orElseThrow().pricebookId()).isEqualTo(kept.id());
        assertThat(pricebooks.all(g.team())).containsExactly(def, kept);
    }

    @Test
    void delete_moving_clients_runs_in_the_callers_transaction() {
        Goods g = goods("Rolled back delete");
        Pricebook def = seed.pricebook(g.team(), "Default", true, T0);
        Pricebook doomed = seed.pricebook(g.team(), "Doomed", false, at(1));
        Client client = seed.client(g.team(), "Pub", null, null, doomed.id());
        Conflict later = new Conflict("a later step fails");

        assertThatThrownBy(() -> seed.tx.run(() -> {
            pricebooks.deleteMovingClients(doomed.id(), def.id());
            throw later;
        })).isSameAs(later);

        assertThat(pricebooks.byId(doomed.id())).isPresent();
        assertThat(seed.clients.byId(client.id()).orElseThrow().pricebookId()).isEqualTo(doomed.id());
    }
}
