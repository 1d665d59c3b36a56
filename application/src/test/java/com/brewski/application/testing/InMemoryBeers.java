package com.brewski.application.testing;

import com.brewski.application.catalogue.Beers;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Beers and their stock levels in maps; a stock level refers to a container. */
public final class InMemoryBeers implements Beers, InMemoryStore {
    private static final Map<String, Function<Beer, ? extends Comparable<?>>> SORT_KEYS = Map.of(
            "name", Beer::name, "createdAt", Beer::createdAt);

    private record Key(UUID beerId, UUID containerId) {}

    private final Map<UUID, Beer> beers = new ConcurrentHashMap<>();
    private final Map<Key, BigDecimal> stock = new ConcurrentHashMap<>();
    private final InMemoryContainers containers;

    public InMemoryBeers(InMemoryContainers containers) {
        this.containers = containers;
        containers.referencedBy(id -> stock.keySet().stream().anyMatch(k -> k.containerId().equals(id)));
    }

    @Override
    public Page<Beer> list(TeamId teamId, Sort sort, PageRequest page) {
        return InMemoryLists.page(beers.values().stream().filter(b -> b.teamId().equals(teamId))
                .sorted(InMemoryLists.orderBy(sort, SORT_KEYS, Beer::id)).toList(), page);
    }

    @Override
    public Optional<Beer> byId(UUID id) {
        return Optional.ofNullable(beers.get(id));
    }

    @Override
    public void insert(Beer beer) {
        if (beers.putIfAbsent(beer.id(), beer) != null) throw new IllegalStateException("beer " + beer.id() + " is already stored");
    }

    @Override
    public void update(Beer beer) {
        if (!beers.containsKey(beer.id())) throw new IllegalStateException("beer " + beer.id() + " is not stored");
        beers.put(beer.id(), beer);
    }

    @Override
    public List<StockLevel> stock(UUID beerId) {
        return stock(List.of(beerId));
    }

    /** By beer, then container name. */
    @Override
    public List<StockLevel> stock(List<UUID> beerIds) {
        return stock.entrySet().stream()
                .filter(e -> beerIds.contains(e.getKey().beerId()))
                .map(e -> new StockLevel(e.getKey().beerId(), e.getKey().containerId(), e.getValue()))
                .sorted(Comparator.comparing(StockLevel::beerId, InMemoryLists.UUID_ORDER)
                        .thenComparing(l -> containers.byId(l.containerId()).map(Container::name).orElse(""))
                        .thenComparing(StockLevel::containerId, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public void setStock(UUID beerId, UUID containerId, BigDecimal quantity) {
        stock.put(new Key(beerId, containerId), plain(quantity));
    }

    /** As the SQL adapter: adding creates the level; taking needs a level that stays at zero or more. */
    @Override
    public synchronized Optional<BigDecimal> adjustStock(UUID beerId, UUID containerId, BigDecimal delta) {
        Key key = new Key(beerId, containerId);
        BigDecimal current = stock.get(key);
        if (delta.signum() >= 0) {
            BigDecimal level = plain(current == null ? delta : current.add(delta));
            stock.put(key, level);
            return Optional.of(level);
        }
        if (current == null || current.add(delta).signum() < 0) return Optional.empty();
        BigDecimal level = plain(current.add(delta));
        stock.put(key, level);
        return Optional.of(level);
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, Beer> beersCopy = new HashMap<>(beers);
        Map<Key, BigDecimal> stockCopy = new HashMap<>(stock);
        return () -> {
            beers.clear();
            beers.putAll(beersCopy);
            stock.clear();
            stock.putAll(stockCopy);
        };
    }

    /** 5.000 as 5, 4.50 as 4.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
