package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.catalogue.Beers;
import com.brewski.application.catalogue.Containers;
import com.brewski.application.catalogue.Multipacks;
import com.brewski.application.catalogue.Pricebooks;
import com.brewski.application.clients.Clients;
import com.brewski.application.groups.Groups;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.BeerState;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.catalogue.PricebookItem;
import com.brewski.domain.clients.Client;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.orders.AwrsNumber;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDER_ITEMS;

/**
 * A fresh migrated database with the catalogue, clients and groups repositories over it, and
 * builders for the rows their tests need. Teams come through the identity repositories; orders and
 * order lines (which only matter here as references and statistics) are plain jOOQ inserts.
 */
final class CatalogueSeed {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    final JooqPersistence persistence = new JooqPersistence(TestDatabase.fresh());
    final Transactions tx = persistence.transactions();
    final JooqCatalogue catalogue = new JooqCatalogue(persistence);
    final Containers containers = catalogue.containers();
    final Beers beers = catalogue.beers();
    final Multipacks multipacks = catalogue.multipacks();
    final Pricebooks pricebooks = catalogue.pricebooks();
    final Clients clients = new JooqClients(persistence).clients();
    final Groups groups = new JooqGroups(persistence).groups();
    private final AtomicLong orderNumbers = new AtomicLong();

    DSLContext dsl() {
        return persistence.jooqTransactions().dsl();
    }

    static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    TeamId team(String name) {
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults(name), T0);
        persistence.teams().insert(team);
        return team.id();
    }

    Container container(TeamId team, String name, int volumeMl, Instant createdAt) {
        Container c = new Container(UUID.randomUUID(), team, name, ContainerType.KEG, volumeMl, 6, false, true, null,
                createdAt, createdAt);
        containers.insertAll(List.of(c));
        return c;
    }

    Container container(TeamId team, String name) {
        return container(team, name, 500, T0);
    }

    Beer beer(TeamId team, String name, Instant createdAt) {
        Beer b = new Beer(UUID.randomUUID(), team, name, "IPA", BeerState.ACTIVE, new BigDecimal("5.5"), "#A1B2C3",
                true, InventoryMode.MANUAL, createdAt, createdAt);
        beers.insert(b);
        return b;
    }

    Beer beer(TeamId team, String name) {
        return beer(team, name, T0);
    }

    Multipack multipack(TeamId team, String name, Beer beer, Container container, Instant createdAt) {
        Multipack m = new Multipack(UUID.randomUUID(), team, name, 12, beer.id(), container.id(), 2400, createdAt, createdAt);
        multipacks.insert(m);
        return m;
    }

    Pricebook pricebook(TeamId team, String name, boolean isDefault, Instant createdAt) {
        Pricebook p = new Pricebook(UUID.randomUUID(), team, name, isDefault, createdAt, createdAt);
        pricebooks.insert(p);
        return p;
    }

    PricebookItem beerPrice(Pricebook book, Beer beer, Container container, long priceMinor) {
        PricebookItem item = new PricebookItem(UUID.randomUUID(), book.id(), beer.id(), container.id(), null, priceMinor,
                null, true, T0, T0);
        pricebooks.insertItem(item);
        return item;
    }

    PricebookItem multipackPrice(Pricebook book, Multipack multipack, long priceMinor) {
        PricebookItem item = new PricebookItem(UUID.randomUUID(), book.id(), null, null, multipack.id(), priceMinor,
                null, true, T0, T0);
        pricebooks.insertItem(item);
        return item;
    }

    static Client newClient(TeamId team, String name, String email, String awrs, UUID pricebookId) {
        return new Client(UUID.randomUUID(), team, name, email == null ? null : new Email(email), null, null, null,
                awrs == null ? null : new AwrsNumber(awrs), pricebookId, null, T0, T0);
    }

    Client client(TeamId team, String name, String email, String awrs, UUID pricebookId) {
        Client c = newClient(team, name, email, awrs, pricebookId);
        clients.insert(c);
        return c;
    }

    Client client(TeamId team, String name) {
        return client(team, name, null, null, null);
    }

    /** A bare order row of the client's team, created at {@code createdAt}. */
    UUID order(Client client, String status, Instant createdAt) {
        UUID id = UUID.randomUUID();
        dsl().insertInto(ORDERS)
                .set(ORDERS.ID, id)
                .set(ORDERS.TEAM_ID, client.teamId().value())
                .set(ORDERS.CLIENT_ID, client.id())
                .set(ORDERS.NUMBER, "T-" + orderNumbers.incrementAndGet())
                .set(ORDERS.STATUS, status)
                .set(ORDERS.DISPATCH_STATUS, "pending")
                .set(ORDERS.CURRENCY_SYMBOL, "£")
                .set(ORDERS.SHIPPING_MODE, "none")
                .set(ORDERS.SUBTOTAL_MINOR, 0L)
                .set(ORDERS.TAX_TOTAL_MINOR, 0L)
                .set(ORDERS.TOTAL_MINOR, 0L)
                .set(ORDERS.CREATED_AT, createdAt)
                .set(ORDERS.UPDATED_AT, createdAt)
                .execute();
        return id;
    }

    /** A standard order line referring to a beer in a container, or to a multipack (either side may be null). */
    void orderLine(UUID orderId, UUID beerId, UUID containerId, UUID multipackId) {
        dsl().insertInto(ORDER_ITEMS)
                .set(ORDER_ITEMS.ID, UUID.randomUUID())
                .set(ORDER_ITEMS.ORDER_ID, orderId)
                .set(ORDER_ITEMS.KIND, "standard")
                .set(ORDER_ITEMS.BEER_ID, beerId)
                .set(ORDER_ITEMS.CONTAINER_ID, containerId)
                .set(ORDER_ITEMS.MULTIPACK_ID, multipackId)
                .set(ORDER_ITEMS.DESCRIPTION, "line")
                .set(ORDER_ITEMS.QUANTITY, BigDecimal.ONE)
                .set(ORDER_ITEMS.UNIT_PRICE_MINOR, 100L)
                .set(ORDER_ITEMS.GROSS_MINOR, 100L)
                .set(ORDER_ITEMS.DISCOUNT_MINOR, 0L)
                .set(ORDER_ITEMS.NET_MINOR, 100L)
                .set(ORDER_ITEMS.TAX_MINOR, 0L)
                .set(ORDER_ITEMS.LINE_TOTAL_MINOR, 100L)
                .set(ORDER_ITEMS.CREATED_AT, T0)
                .set(ORDER_ITEMS.UPDATED_AT, T0)
                .execute();
    }
}
