package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shop.NavigationItem;
import com.brewski.domain.shop.NavigationKey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The navigation registry for operators: every known toggle is seeded (idempotently, also under
 * concurrent first calls) before the list is read, so a toggle added to {@link NavigationKey#KNOWN}
 * shows on the next list.
 */
public final class ListNavigation {
    private final NavigationItems items;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ListNavigation(NavigationItems items, Transactions transactions, Clock clock, Ids ids) {
        this.items = items;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public List<NavigationItem> list(Caller caller) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            items.insertMissing(NavigationKey.KNOWN.stream().map(key -> NavigationItem.seeded(ids.newId(), key, now)).toList());
            return items.all();
        });
    }
}
