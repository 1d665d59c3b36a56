package com.brewski.application.heroes;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.heroes.Carousel;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroId;

import java.util.List;

/**
 * Removes a slide with the carousel locked and closes the gap (positions 0…n−1, nothing else
 * changes); its image object is deleted once the removal has committed.
 */
public final class DeleteHero {
    private final Heroes heroes;
    private final ObjectStore objects;
    private final Transactions transactions;

    public DeleteHero(Heroes heroes, ObjectStore objects, Transactions transactions) {
        this.heroes = heroes;
        this.objects = objects;
        this.transactions = transactions;
    }

    public record Removed(List<Hero> heroes, String imageKey) {}

    public List<Hero> delete(Caller caller, HeroId id) {
        StaffOnly.require(caller);
        Removed removed = transactions.inTransaction(() -> {
            Carousel carousel = heroes.lockCarousel();
            Hero hero = carousel.get(id);
            List<Hero> moved = carousel.remove(id);
            heroes.delete(id);
            moved.forEach(heroes::update);
            return new Removed(carousel.heroes(), hero.image().key());
        });
        HeroImages.deleteQuietly(objects, removed.imageKey());
        return removed.heroes();
    }
}
