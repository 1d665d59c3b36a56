package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.BeersRecord;
import com.brewski.application.catalogue.Beers;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.BeerState;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.BEERS;
import static com.brewski.adapters.persistence.jooq.Tables.BEER_STOCK;
import static com.brewski.adapters.persistence.jooq.Tables.CONTAINERS;
import static org.jooq.impl.DSL.excluded;

/**
 * Beers in the {@code beers} table and their counted stock in {@code beer_stock}, whose
 * {@code quantity >= 0} check and row locks settle concurrent takes.
 */
final class JooqBeers implements Beers {
    private static final Map<String, Field<?>> SORT_KEYS = Map.of("name", BEERS.NAME, "createdAt", BEERS.CREATED_AT);

    /** The transaction's start time as a timestamptz ({@code current_timestamp}, no round trip through local time). */
    private static final Field<Instant> NOW = DSL.currentTimestamp().coerce(Instant.class);

    private final JooqTransactions transactions;

    JooqBeers(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<Beer> list(TeamId teamId, Sort sort, PageRequest page) {
        Condition ofTeam = BEERS.TEAM_ID.eq(teamId.value());
        List<Beer> results = transactions.dsl().selectFrom(BEERS)
                .where(ofTeam)
                .orderBy(JooqLists.orderBy(sort, SORT_KEYS, BEERS.ID))
                .limit(page.pageSize())
                .offset(page.offset())
                .fetch(JooqBeers::toBeer);
        long total = transactions.dsl().fetchCount(BEERS, ofTeam);
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    @Override
    public Optional<Beer> byId(UUID id) {
        return transactions.dsl().selectFrom(BEERS).where(BEERS.ID.eq(id)).fetchOptional().map(JooqBeers::toBeer);
    }

    @Override
    public void insert(Beer beer) {
        transactions.dsl().insertInto(BEERS)
                .set(BEERS.ID, beer.id())
                .set(BEERS.TEAM_ID, beer.teamId().value())
                .set(BEERS.NAME, beer.name())
                .set(BEERS.STYLE, beer.style())
                .set(BEERS.STATE, beer.state().wire())
                .set(BEERS.TARGET_ABV, beer.targetAbv())
                .set(BEERS.COLOR_HEX, beer.colorHex())
                .set(BEERS.SHOW_PUBLIC, beer.showPublic())
                .set(BEERS.INVENTORY_MODE, beer.inventoryMode().wire())
                .set(BEERS.CREATED_AT, beer.createdAt())
                .set(BEERS.UPDATED_AT, beer.updatedAt())
                .execute();
    }

    /** Every column but id, team, inventory mode (fixed at creation) and creation time. */
    @Override
    public void update(Beer beer) {
        int updated = transactions.dsl().update(BEERS)
                .set(BEERS.NAME, beer.name())
                .set(BEERS.STYLE, beer.style())
                .set(BEERS.STATE, beer.state().wire())
                .set(BEERS.TARGET_ABV, beer.targetAbv())
                .set(BEERS.COLOR_HEX, beer.colorHex())
                .set(BEERS.SHOW_PUBLIC, beer.showPublic())
                .set(BEERS.UPDATED_AT, beer.updatedAt())
                .where(BEERS.ID.eq(beer.id()))
                .execute();
        if (updated == 0) throw new IllegalStateException("beer " + beer.id() + " is not stored");
    }

    /** By container name. */
    @Override
    public List<StockLevel> stock(UUID beerId) {
        return stock(BEER_STOCK.BEER_ID.eq(beerId));
    }

    /** One query for all the beers, by beer then container name. */
    @Override
    public List<StockLevel> stock(List<UUID> beerIds) {
        if (beerIds.isEmpty()) return List.of();
        return stock(BEER_STOCK.BEER_ID.in(beerIds));
    }

    private List<StockLevel> stock(Condition condition) {
        return transactions.dsl()
                .select(BEER_STOCK.BEER_ID, BEER_STOCK.CONTAINER_ID, BEER_STOCK.QUANTITY)
                .from(BEER_STOCK)
                .join(CONTAINERS).on(CONTAINERS.ID.eq(BEER_STOCK.CONTAINER_ID))
                .where(condition)
                .orderBy(BEER_STOCK.BEER_ID, CONTAINERS.NAME, CONTAINERS.ID)
                .fetch(row -> new StockLevel(row.value1(), row.value2(), plain(row.value3())));
    }

    @Override
    public void setStock(UUID beerId, UUID containerId, BigDecimal quantity) {
        transactions.dsl().insertInto(BEER_STOCK)
                .set(BEER_STOCK.BEER_ID, beerId)
                .set(BEER_STOCK.CONTAINER_ID, containerId)
                .set(BEER_STOCK.QUANTITY, quantity)
                .set(BEER_STOCK.UPDATED_AT, NOW)
                .onConflict(BEER_STOCK.BEER_ID, BEER_STOCK.CONTAINER_ID).doUpdate()
                .set(BEER_STOCK.QUANTITY, excluded(BEER_STOCK.QUANTITY))
                .set(BEER_STOCK.UPDATED_AT, excluded(BEER_STOCK.UPDATED_AT))
                .execute();
    }

    /**
     * One statement. Adding is an upsert (a missing row counts as 0). Taking is an UPDATE whose WHERE
     * keeps the level at or above zero: concurrent takes queue on the row lock and each re-checks the
     * condition against the level the previous one committed, so stock is never oversold. A missing
     * row is a level of 0, so any take from it answers empty.
     */
    @Override
    public Optional<BigDecimal> adjustStock(UUID beerId, UUID containerId, BigDecimal delta) {
        if (delta.signum() >= 0) {
            return transactions.dsl().insertInto(BEER_STOCK)
                    .set(BEER_STOCK.BEER_ID, beerId)
                    .set(BEER_STOCK.CONTAINER_ID, containerId)
                    .set(BEER_STOCK.QUANTITY, delta)
                    .set(BEER_STOCK.UPDATED_AT, NOW)
                    .onConflict(BEER_STOCK.BEER_ID, BEER_STOCK.CONTAINER_ID).doUpdate()
                    .set(BEER_STOCK.QUANTITY, BEER_STOCK.QUANTITY.plus(excluded(BEER_STOCK.QUANTITY)))
                    .set(BEER_STOCK.UPDATED_AT, excluded(BEER_STOCK.UPDATED_AT))
                    .returningResult(BEER_STOCK.QUANTITY)
                    .fetchOptional()
                    .map(row -> plain(row.value1()));
        }
        return transactions.dsl().update(BEER_STOCK)
                .set(BEER_STOCK.QUANTITY, BEER_STOCK.QUANTITY.plus(delta))
                .set(BEER_STOCK.UPDATED_AT, NOW)
                .where(BEER_STOCK.BEER_ID.eq(beerId))
                .and(BEER_STOCK.CONTAINER_ID.eq(containerId))
                .and(BEER_STOCK.QUANTITY.plus(delta).ge(BigDecimal.ZERO))
                .returningResult(BEER_STOCK.QUANTITY)
                .fetchOptional()
                .map(row -> plain(row.value1()));
    }

    static Beer toBeer(BeersRecord row) {
        return new Beer(row.getId(), new TeamId(row.getTeamId()), row.getName(), row.getStyle(),
                BeerState.parse("state", row.getState()), plain(row.getTargetAbv()), row.getColorHex(),
                row.getShowPublic(), InventoryMode.parse("inventoryMode", row.getInventoryMode()),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    /**
     * A decimal read from a fixed-scale numeric column without its padding zeros ({@code 5.000} reads
     * as {@code 5}, {@code 4.50} as {@code 4.5}), so a value written as {@code 5} reads back as {@code 5}.
     */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
