package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.PricebookItemsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.PricebooksRecord;
import com.brewski.application.catalogue.Pricebooks;
import com.brewski.domain.catalogue.Pricebook;
import com.brewski.domain.catalogue.PricebookItem;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import org.jooq.Condition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.CLIENTS;
import static com.brewski.adapters.persistence.jooq.Tables.PRICEBOOKS;
import static com.brewski.adapters.persistence.jooq.Tables.PRICEBOOK_ITEMS;

/**
 * Pricebooks in {@code pricebooks} and their items in {@code pricebook_items}. Partial unique
 * indexes keep one default per team and one item per beer+container or multipack per pricebook;
 * a clash is a {@link Conflict} that leaves the caller's transaction usable.
 */
final class JooqPricebooks implements Pricebooks {
    static final String SECOND_DEFAULT = "This team already has a default pricebook";
    static final String DUPLICATE_ITEM = "This pricebook already has a price for that item";
    private static final String ONE_DEFAULT_INDEX = "pricebooks_one_default_uq";

    private final JooqTransactions transactions;

    JooqPricebooks(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Pricebook> all(TeamId teamId) {
        return transactions.dsl().selectFrom(PRICEBOOKS)
                .where(PRICEBOOKS.TEAM_ID.eq(teamId.value()))
                .orderBy(PRICEBOOKS.CREATED_AT, PRICEBOOKS.ID)
                .fetch(JooqPricebooks::toPricebook);
    }

    /** By pricebook, then oldest first. */
    @Override
    public List<PricebookItem> items(List<UUID> pricebookIds) {
        if (pricebookIds.isEmpty()) return List.of();
        return transactions.dsl().selectFrom(PRICEBOOK_ITEMS)
                .where(PRICEBOOK_ITEMS.PRICEBOOK_ID.in(pricebookIds))
                .orderBy(PRICEBOOK_ITEMS.PRICEBOOK_ID, PRICEBOOK_ITEMS.CREATED_AT, PRICEBOOK_ITEMS.ID)
                .fetch(JooqPricebooks::toItem);
    }

    @Override
    public Optional<Pricebook> byId(UUID id) {
        return transactions.dsl().selectFrom(PRICEBOOKS).where(PRICEBOOKS.ID.eq(id)).fetchOptional().map(JooqPricebooks::toPricebook);
    }

    @Override
    public Optional<Pricebook> defaultOf(TeamId teamId) {
        return transactions.dsl().selectFrom(PRICEBOOKS)
                .where(PRICEBOOKS.TEAM_ID.eq(teamId.value()))
                .and(PRICEBOOKS.IS_DEFAULT.isTrue())
                .fetchOptional()
                .map(JooqPricebooks::toPricebook);
    }

    /**
     * {@code INSERT … ON CONFLICT DO NOTHING}: a second default inserts nothing (a concurrent one waits
     * for the other transaction, then sees it) and is reported without aborting the transaction.
     */
    @Override
    public void insert(Pricebook pricebook) {
        int inserted = transactions.dsl().insertInto(PRICEBOOKS)
                .set(PRICEBOOKS.ID, pricebook.id())
                .set(PRICEBOOKS.TEAM_ID, pricebook.teamId().value())
                .set(PRICEBOOKS.NAME, pricebook.name())
                .set(PRICEBOOKS.IS_DEFAULT, pricebook.isDefault())
                .set(PRICEBOOKS.CREATED_AT, pricebook.createdAt())
                .set(PRICEBOOKS.UPDATED_AT, pricebook.updatedAt())
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) return;
        if (pricebook.isDefault() && defaultOf(pricebook.teamId()).filter(d -> !d.id().equals(pricebook.id())).isPresent())
            throw new Conflict(SECOND_DEFAULT);
        throw new IllegalStateException("pricebook " + pricebook.id() + " is already stored");
    }

    /** Name, default flag and update time; making a second default is a Conflict (in a savepoint). */
    @Override
    public void update(Pricebook pricebook) {
        int[] updated = new int[1];
        Optional<String> violated = JooqSavepoints.uniqueViolation(transactions, () -> updated[0] = transactions.dsl()
                .update(PRICEBOOKS)
                .set(PRICEBOOKS.NAME, pricebook.name())
                .set(PRICEBOOKS.IS_DEFAULT, pricebook.isDefault())
                .set(PRICEBOOKS.UPDATED_AT, pricebook.updatedAt())
                .where(PRICEBOOKS.ID.eq(pricebook.id()))
                .execute());
        if (violated.isPresent()) {
            if (violated.get().equals(ONE_DEFAULT_INDEX)) throw new Conflict(SECOND_DEFAULT);
            throw new Conflict("This pricebook conflicts with another one");
        }
        if (updated[0] == 0) throw new IllegalStateException("pricebook " + pricebook.id() + " is not stored");
    }

    /** Two statements in the caller's transaction (or one of their own): re-point the clients, then delete (items cascade). */
    @Override
    public void deleteMovingClients(UUID pricebookId, UUID toPricebookId) {
        if (pricebookId.equals(toPricebookId)) throw new IllegalArgumentException("cannot move clients to the pricebook being deleted");
        transactions.run(() -> {
            transactions.dsl().update(CLIENTS)
                    .set(CLIENTS.PRICEBOOK_ID, toPricebookId)
                    .where(CLIENTS.PRICEBOOK_ID.eq(pricebookId))
                    .execute();
            transactions.dsl().deleteFrom(PRICEBOOKS).where(PRICEBOOKS.ID.eq(pricebookId)).execute();
        });
    }

    @Override
    public Optional<PricebookItem> item(UUID itemId) {
        return findItem(PRICEBOOK_ITEMS.ID.eq(itemId));
    }

    /** {@code INSERT … ON CONFLICT DO NOTHING}: a second price for the same thing is a Conflict, the transaction stays usable. */
    @Override
    public void insertItem(PricebookItem item) {
        int inserted = transactions.dsl().insertInto(PRICEBOOK_ITEMS)
                .set(PRICEBOOK_ITEMS.ID, item.id())
                .set(PRICEBOOK_ITEMS.PRICEBOOK_ID, item.pricebookId())
                .set(PRICEBOOK_ITEMS.BEER_ID, item.beerId())
                .set(PRICEBOOK_ITEMS.CONTAINER_ID, item.containerId())
                .set(PRICEBOOK_ITEMS.MULTIPACK_ID, item.multipackId())
                .set(PRICEBOOK_ITEMS.PRICE_MINOR, item.priceMinor())
                .set(PRICEBOOK_ITEMS.DISCOUNT_PERCENT, item.discountPercent())
                .set(PRICEBOOK_ITEMS.ENABLED, item.enabled())
                .set(PRICEBOOK_ITEMS.CREATED_AT, item.createdAt())
                .set(PRICEBOOK_ITEMS.UPDATED_AT, item.updatedAt())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) throw new Conflict(DUPLICATE_ITEM);
    }

    /** Price, discount, enabled and update time; what the item prices never changes. */
    @Override
    public void updateItem(PricebookItem item) {
        int updated = transactions.dsl().update(PRICEBOOK_ITEMS)
                .set(PRICEBOOK_ITEMS.PRICE_MINOR, item.priceMinor())
                .set(PRICEBOOK_ITEMS.DISCOUNT_PERCENT, item.discountPercent())
                .set(PRICEBOOK_ITEMS.ENABLED, item.enabled())
                .set(PRICEBOOK_ITEMS.UPDATED_AT, item.updatedAt())
                .where(PRICEBOOK_ITEMS.ID.eq(item.id()))
                .execute();
        if (updated == 0) throw new IllegalStateException("pricebook item " + item.id() + " is not stored");
    }

    @Override
    public void deleteItem(UUID itemId) {
        transactions.dsl().deleteFrom(PRICEBOOK_ITEMS).where(PRICEBOOK_ITEMS.ID.eq(itemId)).execute();
    }

    @Override
    public Optional<PricebookItem> itemFor(UUID pricebookId, UUID beerId, UUID containerId) {
        return findItem(PRICEBOOK_ITEMS.PRICEBOOK_ID.eq(pricebookId)
                .and(PRICEBOOK_ITEMS.MULTIPACK_ID.isNull())
                .and(PRICEBOOK_ITEMS.BEER_ID.eq(beerId))
                .and(PRICEBOOK_ITEMS.CONTAINER_ID.eq(containerId)));
    }

    @Override
    public Optional<PricebookItem> itemForMultipack(UUID pricebookId, UUID multipackId) {
        return findItem(PRICEBOOK_ITEMS.PRICEBOOK_ID.eq(pricebookId).and(PRICEBOOK_ITEMS.MULTIPACK_ID.eq(multipackId)));
    }

    private Optional<PricebookItem> findItem(Condition condition) {
        return transactions.dsl().selectFrom(PRICEBOOK_ITEMS).where(condition).fetchOptional().map(JooqPricebooks::toItem);
    }

    static Pricebook toPricebook(PricebooksRecord row) {
        return new Pricebook(row.getId(), new TeamId(row.getTeamId()), row.getName(), row.getIsDefault(),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    static PricebookItem toItem(PricebookItemsRecord row) {
        return new PricebookItem(row.getId(), row.getPricebookId(), row.getBeerId(), row.getContainerId(),
                row.getMultipackId(), row.getPriceMinor(), JooqBeers.plain(row.getDiscountPercent()), row.getEnabled(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
