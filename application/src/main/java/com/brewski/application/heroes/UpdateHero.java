package com.brewski.application.heroes;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.heroes.Carousel;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroChange;
import com.brewski.domain.heroes.HeroId;
import com.brewski.domain.heroes.HeroImage;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Changes a slide's content (the whole result checked again) and may replace its image: the new
 * JPEG is stored under a fresh key before the row points at it, and the old object is deleted once
 * the change has committed. 404 for an unknown slide, before any image work; a change supplying
 * nothing answers the slide as it is.
 */
public final class UpdateHero {
    private final Heroes heroes;
    private final ObjectStore objects;
    private final Images images;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateHero(Heroes heroes, ObjectStore objects, Images images, Transactions transactions, Clock clock) {
        this.heroes = heroes;
        this.objects = objects;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Hero update(Caller caller, HeroId id, HeroChange change, Optional<byte[]> image) {
        StaffOnly.require(caller);
        Hero existing = transactions.inTransaction(() -> heroes.byId(id).orElseThrow(Carousel::notFound));
        if (change.isEmpty() && image.isEmpty()) return existing;
        Optional<Images.Jpeg> jpeg = image.map(bytes -> HeroImages.convert(images, bytes));
        Replaced replaced = transactions.inTransaction(() -> {
            Carousel carousel = heroes.lockCarousel();
            Hero hero = carousel.get(id);
            Instant now = clock.instant();
            hero.change(change, now);
            Optional<String> previous = Optional.empty();
            if (jpeg.isPresent()) {
                String key = carousel.nextImageKey(now);
                objects.put(key, jpeg.get().content(), HeroImage.CONTENT_TYPE);
                transactions.afterRollback(() -> HeroImages.deleteQuietly(objects, key));
                previous = Optional.of(hero.image().key());
                hero.replaceImage(new HeroImage(key, jpeg.get().width(), jpeg.get().height()), now);
                heroes.saveImageCounter(carousel.lastImageMillis());
            }
            heroes.update(hero);
            return new Replaced(hero, previous);
        });
        replaced.previousKey().ifPresent(key -> HeroImages.deleteQuietly(objects, key));
        return replaced.hero();
    }

    private record Replaced(Hero hero, Optional<String> previousKey) {}
}
