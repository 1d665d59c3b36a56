package com.brewski.application.testing;

import com.brewski.application.catalogue.Containers;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Containers in a map. What refers to a container (stock levels, multipacks, prices, order lines,
 * returns) lives in other stores, which tell this one in their constructors how to see their
 * references ({@link #referencedBy}), as foreign keys would.
 */
public final class InMemoryContainers implements Containers, InMemoryStore {
    private static final Map<String, Function<Container, ? extends Comparable<?>>> SORT_KEYS = Map.of(
            "name", Container::name, "volumeMl", Container::volumeMl, "createdAt", Container::createdAt);

    private final Map<UUID, Container> containers = new ConcurrentHashMap<>();
    private final List<Predicate<UUID>> references = new CopyOnWriteArrayList<>();

    /** Registers a check answering whether a container id is referred to. */
    public void referencedBy(Predicate<UUID> isReferenced) {
        references.add(isReferenced);
    }

    @Override
    public Page<Container> list(TeamId teamId, Sort sort, PageRequest page) {
        return InMemoryLists.page(ofTeam(teamId).sorted(InMemoryLists.orderBy(sort, SORT_KEYS, Container::id)).toList(), page);
    }

    @Override
    public List<Container> all(TeamId teamId) {
        return ofTeam(teamId).sorted(Comparator.comparing(Container::name).thenComparing(Container::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public Optional<Container> byId(UUID id) {
        return Optional.ofNullable(containers.get(id));
    }

    @Override
    public void insertAll(List<Container> list) {
        for (Container c : list)
            if (containers.containsKey(c.id())) throw new IllegalStateException("container " + c.id() + " is already stored");
        list.forEach(c -> containers.put(c.id(), c));
    }

    @Override
    public void update(Container container) {
        if (!containers.containsKey(container.id())) throw new IllegalStateException("container " + container.id() + " is not stored");
        containers.put(container.id(), container);
    }

    @Override
    public boolean deleteIfUnused(UUID id) {
        if (!containers.containsKey(id) || isReferenced(id)) return false;
        containers.remove(id);
        return true;
    }

    @Override
    public int deleteUnused(TeamId teamId) {
        List<UUID> unused = ofTeam(teamId).map(Container::id).filter(id -> !isReferenced(id)).toList();
        unused.forEach(containers::remove);
        return unused.size();
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Container> copy = new HashMap<>(containers);
        return () -> {
            containers.clear();
            containers.putAll(copy);
        };
    }

    private boolean isReferenced(UUID id) {
        return references.stream().anyMatch(r -> r.test(id));
    }

    private java.util.stream.Stream<Container> ofTeam(TeamId teamId) {
        return containers.values().stream().filter(c -> c.teamId().equals(teamId));
    }
}
