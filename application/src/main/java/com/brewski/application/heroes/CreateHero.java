package com.brewski.application.heroes;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.heroes.Carousel;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroContent;
import com.brewski.domain.heroes.HeroId;
import com.brewski.domain.heroes.HeroImage;

import java.time.Clock;
import java.time.Instant;

/**
 * Adds a slide at the end of the carousel. The image is converted first, outside any transaction;
 * then, with the carousel locked, the slide takes the next position and a fresh image key, and the
 * JPEG is stored before the row points at it (a rollback deletes it again).
 */
public final class CreateHero {
    private final Heroes heroes;
    private final ObjectStore objects;
    private final Images images;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CreateHero(Heroes heroes, ObjectStore objects, Images images, Transactions transactions, Clock clock, Ids ids) {
        this.heroes = heroes;
        this.objects = objects;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Hero create(Caller caller, HeroContent content, byte[] image) {
        StaffOnly.require(caller);
        Images.Jpeg jpeg = HeroImages.convert(images, image);
        HeroId id = new HeroId(ids.newId());
        return transactions.inTransaction(() -> {
            Carousel carousel = heroes.lockCarousel();
            Instant now = clock.instant();
            String key = carousel.nextImageKey(now);
            objects.put(key, jpeg.content(), HeroImage.CONTENT_TYPE);
            transactions.afterRollback(() -> HeroImages.deleteQuietly(objects, key));
            Hero hero = carousel.append(id, content, new HeroImage(key, jpeg.width(), jpeg.height()), now);
            heroes.insert(hero);
            heroes.saveImageCounter(carousel.lastImageMillis());
            return hero;
        });
    }
}
