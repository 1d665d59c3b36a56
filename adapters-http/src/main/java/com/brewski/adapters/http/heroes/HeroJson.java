package com.brewski.adapters.http.heroes;

import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroContent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The wire shapes of the hero routes. */
public final class HeroJson {
    private HeroJson() {}

    public record HeroBody(UUID id, String category, String title, String message, boolean showButton, String buttonText,
                           String buttonLink, String theme, String imageUrl, String imageKey, int imageWidth,
                           int imageHeight, int displaySeconds, int position, Instant createdAt, Instant updatedAt) {
        static HeroBody of(Hero hero, ObjectStore objects) {
            HeroContent c = hero.content();
            return new HeroBody(hero.id().value(), c.category(), c.title(), c.message(), c.showButton(), c.buttonText(),
                    c.buttonLink() == null ? null : c.buttonLink().value(), c.theme().wire(),
                    objects.publicUrl(hero.image().key()), hero.image().key(), hero.image().width(), hero.image().height(),
                    c.displaySeconds(), hero.position(), hero.createdAt(), hero.updatedAt());
        }
    }

    /** A slide as the storefront sees it: no storage key or timestamps. */
    public record StorefrontHero(UUID id, String category, String title, String message, boolean showButton,
                                 String buttonText, String buttonLink, String theme, String imageUrl, int imageWidth,
                                 int imageHeight, int displaySeconds, int position) {
        static StorefrontHero of(Hero hero, ObjectStore objects) {
            HeroContent c = hero.content();
            return new StorefrontHero(hero.id().value(), c.category(), c.title(), c.message(), c.showButton(),
                    c.showButton() ? c.buttonText() : null,
                    c.showButton() && c.buttonLink() != null ? c.buttonLink().value() : null, c.theme().wire(),
                    objects.publicUrl(hero.image().key()), hero.image().width(), hero.image().height(), c.displaySeconds(),
                    hero.position());
        }
    }

    public record OneHeroBody(HeroBody hero) {}

    public record HeroesBody(List<HeroBody> heroes) {
        static HeroesBody of(List<Hero> heroes, ObjectStore objects) {
            return new HeroesBody(heroes.stream().map(h -> HeroBody.of(h, objects)).toList());
        }
    }

    public record StorefrontHeroesBody(List<StorefrontHero> heroes) {
        static StorefrontHeroesBody of(List<Hero> heroes, ObjectStore objects) {
            return new StorefrontHeroesBody(heroes.stream().map(h -> StorefrontHero.of(h, objects)).toList());
        }
    }
}
