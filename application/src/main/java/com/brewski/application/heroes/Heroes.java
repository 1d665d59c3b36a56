package com.brewski.application.heroes;

import com.brewski.domain.heroes.Carousel;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroId;

import java.util.List;
import java.util.Optional;

/** The stored hero carousel. */
public interface Heroes {
    /**
     * Locks the carousel for the rest of the transaction and loads it whole: every transaction that
     * adds, moves or removes a slide (or hands out an image key) takes this lock first, so positions
     * stay a gap-free permutation whatever runs at the same time, on any number of instances.
     */
    Carousel lockCarousel();

    /** The slides by position, then creation. */
    List<Hero> all();

    Optional<Hero> byId(HeroId id);

    void insert(Hero hero);

    /** Writes the slide's content, image and position. */
    void update(Hero hero);

    void delete(HeroId id);

    /** Records the last image key handed out by the carousel locked in this transaction. */
    void saveImageCounter(long lastImageMillis);
}
