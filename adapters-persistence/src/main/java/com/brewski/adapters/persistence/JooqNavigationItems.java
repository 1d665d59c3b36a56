package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.ShopNavigationItemsRecord;
import com.brewski.application.shop.NavigationItems;
import com.brewski.domain.shop.NavigationItem;
import com.brewski.domain.shop.NavigationKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.SHOP_NAVIGATION_ITEMS;

/** Navigation toggles in {@code shop_navigation_items}, unique on (section, item). */
final class JooqNavigationItems implements NavigationItems {
    private final JooqTransactions transactions;

    JooqNavigationItems(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insertMissing(List<NavigationItem> items) {
        if (items.isEmpty()) return;
        var insert = transactions.dsl().insertInto(SHOP_NAVIGATION_ITEMS, SHOP_NAVIGATION_ITEMS.ID, SHOP_NAVIGATION_ITEMS.SECTION,
                SHOP_NAVIGATION_ITEMS.ITEM, SHOP_NAVIGATION_ITEMS.ENABLED, SHOP_NAVIGATION_ITEMS.CREATED_AT, SHOP_NAVIGATION_ITEMS.UPDATED_AT);
        for (NavigationItem i : items) {
            insert = insert.values(i.id(), i.key().section(), i.key().item(), i.enabled(), i.createdAt(), i.updatedAt());
        }
        // concurrent first lists: the unique (section, item) lets one insert win, the others skip
        insert.onConflict(SHOP_NAVIGATION_ITEMS.SECTION, SHOP_NAVIGATION_ITEMS.ITEM).doNothing().execute();
    }

    @Override
    public List<NavigationItem> all() {
        return transactions.dsl().selectFrom(SHOP_NAVIGATION_ITEMS)
                .orderBy(SHOP_NAVIGATION_ITEMS.SECTION, SHOP_NAVIGATION_ITEMS.CREATED_AT, SHOP_NAVIGATION_ITEMS.ITEM)
                .fetch(JooqNavigationItems::toItem);
    }

    @Override
    public Optional<NavigationItem> byIdForUpdate(UUID id) {
        return transactions.dsl().selectFrom(SHOP_NAVIGATION_ITEMS).where(SHOP_NAVIGATION_ITEMS.ID.eq(id))
                .forUpdate().fetchOptional(JooqNavigationItems::toItem);
    }

    @Override
    public void update(NavigationItem item) {
        transactions.dsl().update(SHOP_NAVIGATION_ITEMS)
                .set(SHOP_NAVIGATION_ITEMS.ENABLED, item.enabled())
                .set(SHOP_NAVIGATION_ITEMS.UPDATED_AT, item.updatedAt())
                .where(SHOP_NAVIGATION_ITEMS.ID.eq(item.id()))
                .execute();
    }

    private static NavigationItem toItem(ShopNavigationItemsRecord row) {
        return new NavigationItem(row.getId(), new NavigationKey(row.getSection(), row.getItem()), row.getEnabled(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
