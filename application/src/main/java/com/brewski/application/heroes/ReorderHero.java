package com.brewski.application.heroes;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.heroes.Carousel;
import com.brewski.domain.heroes.Direction;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroId;

import java.util.List;

/** Moves a slide up or down by one, with the carousel locked; answers the carousel in its new order. */
public final class ReorderHero {
    private final Heroes heroes;
    private final Transactions transactions;

    public ReorderHero(Heroes heroes, Transactions transactions) {
        this.heroes = heroes;
        this.transactions = transactions;
    }

    public List<Hero> reorder(Caller caller, HeroId id, Direction direction) {
        StaffOnly.require(caller);
        return transactions.inTransaction(() -> {
            Carousel carousel = heroes.lockCarousel();
            carousel.move(id, direction).forEach(heroes::update);
            return carousel.heroes();
        });
    }
}
