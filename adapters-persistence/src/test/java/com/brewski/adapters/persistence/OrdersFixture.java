package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.orders.Orders;
import com.brewski.application.orders.ShippingRules;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.orders.ShippingMode;
import com.brewski.domain.orders.TaxRate;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.BEERS;
import static com.brewski.adapters.persistence.jooq.Tables.BREWERY_GROUPS;
import static com.brewski.adapters.persistence.jooq.Tables.CLIENTS;
import static com.brewski.adapters.persistence.jooq.Tables.CONTAINERS;
import static com.brewski.adapters.persistence.jooq.Tables.MULTIPACKS;

/**
 * A fresh database with the orders ports on it, and the rows orders refer to: teams through the
 * identity repository, clients, catalogue items and brewery groups with plain inserts (their own
 * repositories are not this fixture's concern). Every statement the ports run is counted.
 */
final class OrdersFixture {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123456Z");
    static final LocalDate TODAY = LocalDate.parse("2025-03-15");

    final StatementCounter statements = new StatementCounter();
    final DataSource dataSource;
    final JooqPersistence persistence;
    final Orders orders;
    final ShippingRules shippingRules;
    /** Auto-committing, for set-up and for looking at rows directly. */
    final DSLContext sql;

    OrdersFixture() {
        DataSource fresh = TestDatabase.fresh();
        this.dataSource = statements.wrap(fresh);
        this.persistence = new JooqPersistence(dataSource);
        JooqOrders jooqOrders = new JooqOrders(persistence);
        this.orders = jooqOrders.orders();
        this.shippingRules = jooqOrders.shippingRules();
        this.sql = DSL.using(fresh, SQLDialect.POSTGRES);
    }

    static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    Team team(String name) {
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults(name), T0);
        persistence.transactions().run(() -> persistence.teams().insert(team));
        return team;
    }

    UUID client(TeamId team, String name, String awrsNumber) {
        UUID id = UUID.randomUUID();
        sql.insertInto(CLIENTS)
                .set(CLIENTS.ID, id).set(CLIENTS.TEAM_ID, team.value()).set(CLIENTS.NAME, name)
                .set(CLIENTS.AWRS_NUMBER, awrsNumber).set(CLIENTS.CREATED_AT, T0).set(CLIENTS.UPDATED_AT, T0)
                .execute();
        return id;
    }

    void changeClientAwrs(UUID client, String awrsNumber) {
        sql.update(CLIENTS).set(CLIENTS.AWRS_NUMBER, awrsNumber).where(CLIENTS.ID.eq(client)).execute();
    }

    UUID container(TeamId team, String name, String type) {
        UUID id = UUID.randomUUID();
        sql.insertInto(CONTAINERS)
                .set(CONTAINERS.ID, id).set(CONTAINERS.TEAM_ID, team.value()).set(CONTAINERS.NAME, name)
                .set(CONTAINERS.CONTAINER_TYPE, type).set(CONTAINERS.VOLUME_ML, 30_000)
                .set(CONTAINERS.CREATED_AT, T0).set(CONTAINERS.UPDATED_AT, T0)
                .execute();
        return id;
    }

    UUID beer(TeamId team, String name) {
        UUID id = UUID.randomUUID();
        sql.insertInto(BEERS)
                .set(BEERS.ID, id).set(BEERS.TEAM_ID, team.value()).set(BEERS.NAME, name)
                .set(BEERS.INVENTORY_MODE, "managed").set(BEERS.CREATED_AT, T0).set(BEERS.UPDATED_AT, T0)
                .execute();
        return id;
    }

    UUID multipack(TeamId team, String name, int packSize, UUID beer, UUID container) {
        UUID id = UUID.randomUUID();
        sql.insertInto(MULTIPACKS)
                .set(MULTIPACKS.ID, id).set(MULTIPACKS.TEAM_ID, team.value()).set(MULTIPACKS.NAME, name)
                .set(MULTIPACKS.PACK_SIZE, packSize).set(MULTIPACKS.BEER_ID, beer).set(MULTIPACKS.CONTAINER_ID, container)
                .set(MULTIPACKS.DEFAULT_PRICE_MINOR, 1000L).set(MULTIPACKS.CREATED_AT, T0).set(MULTIPACKS.UPDATED_AT, T0)
                .execute();
        return id;
    }

    UUID group(String name, String regionLabel) {
        UUID id = UUID.randomUUID();
        sql.insertInto(BREWERY_GROUPS)
                .set(BREWERY_GROUPS.ID, id).set(BREWERY_GROUPS.NAME, name)
                .set(BREWERY_GROUPS.SLUG, "group-" + id.toString().substring(0, 8))
                .set(BREWERY_GROUPS.STATUS, "active").set(BREWERY_GROUPS.SHOP_VISIBLE, true)
                .set(BREWERY_GROUPS.REGION_LABEL, regionLabel)
                .set(BREWERY_GROUPS.CREATED_AT, T0).set(BREWERY_GROUPS.UPDATED_AT, T0)
                .execute();
        return id;
    }

    String groupSlug(UUID group) {
        return sql.select(BREWERY_GROUPS.SLUG).from(BREWERY_GROUPS).where(BREWERY_GROUPS.ID.eq(group)).fetchSingle().value1();
    }

    /** A new order (no shipping charge, no lines yet), not stored. */
    static Order draft(Team team, UUID client, String number, OrderStatus status, LocalDate issueDate, LocalDate dueDate,
                       GroupLink link, Instant createdAt) {
        Order.Draft draft = new Order.Draft(client, status, issueDate, dueDate, null, false, null, link,
                new Shipping.Choice(ShippingMode.NONE, null, null));
        return Order.open(UUID.randomUUID(), team.id(), number, team.settings().currencySymbol(), draft, List.of(), createdAt);
    }

    /** Adds a custom line of {@code priceMinor} (no tax) to an order. */
    static Order withCharge(Order order, long priceMinor, Instant at) {
        order.addLine(LineItem.custom(UUID.randomUUID(), order.id(), "Charge", "Charge", Quantity.of("1"), priceMinor,
                TaxRate.NONE, null, at), List.of(), at);
        return order;
    }

    static LineItem custom(Order order, String description, String quantity, long priceMinor, String taxPercent,
                           Discount discount, Instant at) {
        return LineItem.custom(UUID.randomUUID(), order.id(), description, "Charge", Quantity.of(quantity), priceMinor,
                new TaxRate(new BigDecimal(taxPercent)), discount, at);
    }

    /** Stores an order in its own transaction and answers it. */
    Order stored(Order order) {
        boolean inserted = persistence.transactions().inTransaction(() -> orders.insert(order));
        if (!inserted) throw new IllegalStateException("number " + order.number() + " is taken");
        return order;
    }
}
