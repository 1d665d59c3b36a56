package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.HomepageHeroesRecord;
import com.brewski.application.heroes.Heroes;
import com.brewski.domain.heroes.ButtonLink;
import com.brewski.domain.heroes.Carousel;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroContent;
import com.brewski.domain.heroes.HeroId;
import com.brewski.domain.heroes.HeroImage;
import com.brewski.domain.heroes.HeroTheme;

import java.util.List;
import java.util.Optional;

import static com.brewski.adapters.persistence.jooq.Tables.HOMEPAGE_HEROES;
import static com.brewski.adapters.persistence.jooq.Tables.HOMEPAGE_HERO_CAROUSEL;

/**
 * The hero carousel in {@code homepage_heroes}; the carousel lock is the one row of
 * {@code homepage_hero_carousel}, locked {@code FOR UPDATE}, which also keeps the last image key's
 * millis. Positions are unique (checked at commit, so swaps pass through).
 */
public final class JooqHeroes implements Heroes {
    private final JooqTransactions transactions;

    public JooqHeroes(JooqPersistence persistence) {
        this.transactions = persistence.jooqTransactions();
    }

    @Override
    public Carousel lockCarousel() {
        long lastImageMillis = transactions.dsl().select(HOMEPAGE_HERO_CAROUSEL.LAST_IMAGE_MILLIS)
                .from(HOMEPAGE_HERO_CAROUSEL)
                .where(HOMEPAGE_HERO_CAROUSEL.ID.eq((short) 1))
                .forUpdate()
                .fetchSingle(HOMEPAGE_HERO_CAROUSEL.LAST_IMAGE_MILLIS);
        return Carousel.restore(all(), lastImageMillis);
    }

    @Override
    public List<Hero> all() {
        return transactions.dsl().selectFrom(HOMEPAGE_HEROES)
                .orderBy(HOMEPAGE_HEROES.POSITION.asc(), HOMEPAGE_HEROES.CREATED_AT.asc(), HOMEPAGE_HEROES.ID.asc())
                .fetch(JooqHeroes::toHero);
    }

    @Override
    public Optional<Hero> byId(HeroId id) {
        return transactions.dsl().selectFrom(HOMEPAGE_HEROES).where(HOMEPAGE_HEROES.ID.eq(id.value()))
                .fetchOptional(JooqHeroes::toHero);
    }

    @Override
    public void insert(Hero hero) {
        HomepageHeroesRecord row = transactions.dsl().newRecord(HOMEPAGE_HEROES);
        row.setId(hero.id().value());
        row.setCreatedAt(hero.createdAt());
        write(hero, row);
        row.insert();
    }

    @Override
    public void update(Hero hero) {
        HomepageHeroesRecord row = transactions.dsl().newRecord(HOMEPAGE_HEROES);
        write(hero, row);
        int updated = transactions.dsl().update(HOMEPAGE_HEROES).set(row)
                .where(HOMEPAGE_HEROES.ID.eq(hero.id().value()))
                .execute();
        if (updated == 0) throw new IllegalStateException("hero " + hero.id() + " is not stored");
    }

    @Override
    public void delete(HeroId id) {
        transactions.dsl().deleteFrom(HOMEPAGE_HEROES).where(HOMEPAGE_HEROES.ID.eq(id.value())).execute();
    }

    @Override
    public void saveImageCounter(long lastImageMillis) {
        transactions.dsl().update(HOMEPAGE_HERO_CAROUSEL)
                .set(HOMEPAGE_HERO_CAROUSEL.LAST_IMAGE_MILLIS, lastImageMillis)
                .where(HOMEPAGE_HERO_CAROUSEL.ID.eq((short) 1))
                .execute();
    }

    /** Every column but id and created_at. */
    private static void write(Hero hero, HomepageHeroesRecord row) {
        HeroContent c = hero.content();
        row.setCategory(c.category());
        row.setTitle(c.title());
        row.setMessage(c.message());
        row.setShowButton(c.showButton());
        row.setButtonText(c.buttonText());
        row.setButtonLink(c.buttonLink() == null ? null : c.buttonLink().value());
        row.setTheme(c.theme().wire());
        row.setDisplaySeconds(c.displaySeconds());
        row.setImageKey(hero.image().key());
        row.setImageWidth(hero.image().width());
        row.setImageHeight(hero.image().height());
        row.setPosition(hero.position());
        row.setUpdatedAt(hero.updatedAt());
    }

    private static Hero toHero(HomepageHeroesRecord r) {
        HeroContent content = new HeroContent(r.getCategory(), r.getTitle(), r.getMessage(), r.getShowButton(),
                r.getButtonText(), r.getButtonLink() == null ? null : new ButtonLink(r.getButtonLink()),
                r.getDisplaySeconds(), HeroTheme.parse("theme", r.getTheme()));
        return Hero.restore(new HeroId(r.getId()), content, new HeroImage(r.getImageKey(), r.getImageWidth(), r.getImageHeight()),
                r.getPosition(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
