package com.brewski.application.testing;

import com.brewski.application.catalogue.Multipacks;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Multipack;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/** Multipacks in a map; each refers to a container, and prices and order lines refer to it ({@link #referencedBy}). */
public final class InMemoryMultipacks implements Multipacks, InMemoryStore {
    private static final Map<String, Function<Multipack, ? extends Comparable<?>>> SORT_KEYS = Map.of(
            "name", Multipack::name, "createdAt", Multipack::createdAt);

    private final Map<UUID, Multipack> multipacks = new ConcurrentHashMap<>();
    private final List<Predicate<UUID>> references = new CopyOnWriteArrayList<>();

    public InMemoryMultipacks(InMemoryContainers containers) {
        containers.referencedBy(id -> multipacks.values().stream().anyMatch(m -> m.containerId().equals(id)));
    }

    /** Registers a check answering whether a multipack id is referred to. */
    public void referencedBy(Predicate<UUID> isReferenced) {
        references.add(isReferenced);
    }

    @Override
    public Page<Multipack> list(TeamId teamId, Sort sort, PageRequest page) {
        return InMemoryLists.page(multipacks.values().stream().filter(m -> m.teamId().equals(teamId))
                .sorted(InMemoryLists.orderBy(sort, SORT_KEYS, Multipack::id)).toList(), page);
    }

    @Override
    public Optional<Multipack> byId(UUID id) {
        return Optional.ofNullable(multipacks.get(id));
    }

    @Override
    public void insert(Multipack multipack) {
        if (multipacks.putIfAbsent(multipack.id(), multipack) != null)
            throw new IllegalStateException("multipack " + multipack.id() + " is already stored");
    }

    @Override
    public void update(Multipack multipack) {
        if (!multipacks.containsKey(multipack.id())) throw new IllegalStateException("multipack " + multipack.id() + " is not stored");
        multipacks.put(multipack.id(), multipack);
    }

    @Override
    public boolean deleteIfUnused(UUID id) {
        if (!multipacks.containsKey(id) || references.stream().anyMatch(r -> r.test(id))) return false;
        multipacks.remove(id);
        return true;
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Multipack> copy = new HashMap<>(multipacks);
        return () -> {
            multipacks.clear();
            multipacks.putAll(copy);
        };
    }
}
