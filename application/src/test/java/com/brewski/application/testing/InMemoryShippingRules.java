package com.brewski.application.testing;

import com.brewski.application.orders.ShippingRules;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.ShippingRule;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Shipping rules in a map. */
public final class InMemoryShippingRules implements ShippingRules, InMemoryStore {
    private final Map<UUID, ShippingRule> rules = new ConcurrentHashMap<>();

    /** By minimum subtotal. */
    @Override
    public List<ShippingRule> of(TeamId teamId) {
        return rules.values().stream().filter(r -> r.teamId().equals(teamId.value()))
                .sorted(Comparator.comparingLong(ShippingRule::minSubtotalMinor).thenComparing(ShippingRule::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public Optional<ShippingRule> byId(UUID id) {
        return Optional.ofNullable(rules.get(id));
    }

    @Override
    public void insert(ShippingRule rule) {
        if (rules.putIfAbsent(rule.id(), rule) != null) throw new IllegalStateException("rule " + rule.id() + " is already stored");
    }

    @Override
    public void update(ShippingRule rule) {
        if (!rules.containsKey(rule.id())) throw new IllegalStateException("rule " + rule.id() + " is not stored");
        rules.put(rule.id(), rule);
    }

    @Override
    public void delete(UUID id) {
        rules.remove(id);
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, ShippingRule> copy = new HashMap<>(rules);
        return () -> {
            rules.clear();
            rules.putAll(copy);
        };
    }
}
