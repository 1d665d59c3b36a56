package com.brewski.application.shop;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.shop.NavigationItem;
import com.brewski.domain.shop.NavigationKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The storefront's navigation, for anyone: the enabled toggles grouped by section. A known toggle
 * not stored yet counts as enabled (new toggles start enabled).
 */
public final class ReadPublicNavigation {
    private final NavigationItems items;
    private final Transactions transactions;

    public ReadPublicNavigation(NavigationItems items, Transactions transactions) {
        this.items = items;
        this.transactions = transactions;
    }

    /** Section → enabled items, sections and items in registry order. */
    public Map<String, List<String>> enabled() {
        List<NavigationItem> stored = transactions.inTransaction(items::all);
        Set<NavigationKey> disabled = stored.stream().filter(i -> !i.enabled()).map(NavigationItem::key).collect(Collectors.toSet());
        Map<String, List<String>> sections = new LinkedHashMap<>();
        java.util.LinkedHashSet<NavigationKey> keys = new java.util.LinkedHashSet<>(NavigationKey.KNOWN);
        stored.forEach(i -> keys.add(i.key()));
        for (NavigationKey key : keys) {
            if (disabled.contains(key)) continue;
            sections.computeIfAbsent(key.section(), s -> new java.util.ArrayList<>()).add(key.item());
        }
        sections.replaceAll((s, list) -> List.copyOf(list));
        return sections;
    }
}
