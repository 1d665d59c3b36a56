package com.brewski.application.testing;

import com.brewski.application.heroes.Heroes;
import com.brewski.domain.heroes.Carousel;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The carousel in a map (its lock is the in-memory transactions' one lock). */
public final class InMemoryHeroes implements Heroes {
    private final Map<HeroId, Hero> heroes = new ConcurrentHashMap<>();
    private volatile long lastImageMillis;

    @Override
    public Carousel lockCarousel() {
        return Carousel.restore(List.copyOf(heroes.values()), lastImageMillis);
    }

    @Override
    public List<Hero> all() {
        return Carousel.restore(List.copyOf(heroes.values()), lastImageMillis).heroes();
    }

    @Override
    public Optional<Hero> byId(HeroId id) {
        return Optional.ofNullable(heroes.get(id));
    }

    @Override
    public void insert(Hero hero) {
        heroes.put(hero.id(), hero);
    }

    @Override
    public void update(Hero hero) {
        heroes.put(hero.id(), hero);
    }

    @Override
    public void delete(HeroId id) {
        heroes.remove(id);
    }

    @Override
    public void saveImageCounter(long lastImageMillis) {
        this.lastImageMillis = lastImageMillis;
    }
}
