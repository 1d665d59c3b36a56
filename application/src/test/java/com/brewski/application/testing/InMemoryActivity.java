package com.brewski.application.testing;

import com.brewski.application.activity.Activity;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Activity entries in a list. */
public final class InMemoryActivity implements Activity, InMemoryStore {
    private final List<ActivityEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(List<ActivityEntry> list) {
        entries.addAll(list);
    }

    /** Newest first. */
    @Override
    public Page<ActivityEntry> list(TeamId teamId, String category, PageRequest page) {
        return InMemoryLists.page(entries.stream()
                .filter(e -> e.teamId().equals(teamId) && (category == null || category.equals(e.category())))
                .sorted(Comparator.comparing(ActivityEntry::createdAt).thenComparing(ActivityEntry::id, InMemoryLists.UUID_ORDER).reversed())
                .toList(), page);
    }

    @Override
    public Runnable snapshot() {
        List<ActivityEntry> copy = new ArrayList<>(entries);
        return () -> {
            entries.clear();
            entries.addAll(copy);
        };
    }
}
