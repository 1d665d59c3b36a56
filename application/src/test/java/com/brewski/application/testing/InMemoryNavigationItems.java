package com.brewski.application.testing;

import com.brewski.application.shop.NavigationItems;
import com.brewski.domain.shop.NavigationItem;
import com.brewski.domain.shop.NavigationKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Navigation toggles in memory, unique on (section, item). */
public final class InMemoryNavigationItems implements NavigationItems {
    private final Map<NavigationKey, NavigationItem> items = new LinkedHashMap<>();

    @Override
    public synchronized void insertMissing(List<NavigationItem> candidates) {
        for (NavigationItem item : candidates) items.putIfAbsent(item.key(), item);
    }

    @Override
    public synchronized List<NavigationItem> all() {
        List<NavigationItem> all = new ArrayList<>(items.values());
        all.sort(Comparator.comparing((NavigationItem i) -> i.key().section()));
        return all;
    }

    @Override
    public synchronized Optional<NavigationItem> byIdForUpdate(UUID id) {
        return items.values().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    public synchronized void update(NavigationItem item) {
        items.put(item.key(), item);
    }
}
