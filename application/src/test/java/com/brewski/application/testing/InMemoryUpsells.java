package com.brewski.application.testing;

import com.brewski.application.shop.Upsells;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shop.Upsell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Upsells in memory; each stored value is a copy, as a database row would be. */
public final class InMemoryUpsells implements Upsells {
    private final Map<UUID, Upsell> upsells = new ConcurrentHashMap<>();

    private static Upsell copy(Upsell u) {
        return Upsell.restore(u.id(), u.details(), u.images(), u.createdAt(), u.updatedAt());
    }

    @Override
    public List<Upsell> list(boolean includeInactive) {
        return upsells.values().stream().filter(u -> includeInactive || u.details().active())
                .sorted(Comparator.comparingInt((Upsell u) -> u.details().displayOrder()).thenComparing(u -> u.details().name()))
                .map(InMemoryUpsells::copy).toList();
    }

    @Override
    public Optional<Upsell> byId(UUID id) {
        return Optional.ofNullable(upsells.get(id)).map(InMemoryUpsells::copy);
    }

    @Override
    public Optional<Upsell> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public boolean slugTaken(String slug, UUID except) {
        return upsells.values().stream().anyMatch(u -> u.details().slug().equals(slug) && !u.id().equals(except));
    }

    @Override
    public synchronized void insert(Upsell upsell) {
        if (slugTaken(upsell.details().slug(), upsell.id())) throw new Conflict("slug is already taken", "UPSELL_SLUG_TAKEN");
        upsells.put(upsell.id(), copy(upsell));
    }

    @Override
    public synchronized void update(Upsell upsell) {
        if (slugTaken(upsell.details().slug(), upsell.id())) throw new Conflict("slug is already taken", "UPSELL_SLUG_TAKEN");
        upsells.put(upsell.id(), copy(upsell));
    }

    @Override
    public void delete(UUID id) {
        upsells.remove(id);
    }
}
