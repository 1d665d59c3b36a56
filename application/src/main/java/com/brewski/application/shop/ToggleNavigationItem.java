package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shop.NavigationItem;

import java.time.Clock;
import java.util.UUID;

/** Switches one navigation toggle on or off. */
public final class ToggleNavigationItem {
    private final NavigationItems items;
    private final Transactions transactions;
    private final Clock clock;

    public ToggleNavigationItem(NavigationItems items, Transactions transactions, Clock clock) {
        this.items = items;
        this.transactions = transactions;
        this.clock = clock;
    }

    public NavigationItem toggle(Caller caller, UUID id, boolean enabled) {
        PlatformStaff.require(caller);
        return transactions.inTransaction(() -> {
            NavigationItem item = items.byIdForUpdate(id).orElseThrow(() -> new NotFound("Navigation item not found"));
            NavigationItem toggled = item.toggled(enabled, clock.instant());
            items.update(toggled);
            return toggled;
        });
    }
}
