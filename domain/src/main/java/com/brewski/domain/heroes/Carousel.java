package com.brewski.domain.heroes;

import com.brewski.domain.shared.NotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The homepage hero carousel, whole: its slides in order, positions always the gap-free
 * permutation 0…n−1. New slides go to the end, a slide moves up or down by swapping with its
 * neighbour (the first up and the last down stay where they are), and removing a slide closes the
 * gap. It also hands out image keys: {@code platform/hero-<epochMillis>.jpg} with millis strictly
 * increasing, so two slides created in the same millisecond never share an object.
 */
public final class Carousel {
    private static final Comparator<Hero> ORDER = Comparator.comparingInt(Hero::position)
            .thenComparing(Hero::createdAt)
            .thenComparing(h -> h.id().value());

    private final List<Hero> heroes;
    private long lastImageMillis;

    private Carousel(List<Hero> heroes, long lastImageMillis) {
        this.heroes = new ArrayList<>(heroes);
        this.heroes.sort(ORDER);
        this.lastImageMillis = lastImageMillis;
    }

    /** Rebuilds the carousel from storage; used by persistence adapters and tests. */
    public static Carousel restore(List<Hero> heroes, long lastImageMillis) {
        return new Carousel(heroes, lastImageMillis);
    }

    /** The slides in carousel order. */
    public List<Hero> heroes() {
        return List.copyOf(heroes);
    }

    public long lastImageMillis() {
        return lastImageMillis;
    }

    public Optional<Hero> find(HeroId id) {
        return heroes.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Hero get(HeroId id) {
        return find(id).orElseThrow(Carousel::notFound);
    }

    /** A key for a new image, never one handed out before. */
    public String nextImageKey(Instant now) {
        lastImageMillis = Math.max(now.toEpochMilli(), lastImageMillis + 1);
        return HeroImage.keyFor(lastImageMillis);
    }

    /** Adds a slide at the end. */
    public Hero append(HeroId id, HeroContent content, HeroImage image, Instant now) {
        int position = heroes.isEmpty() ? 0 : heroes.getLast().position() + 1;
        Hero hero = Hero.create(id, content, image, position, now);
        heroes.add(hero);
        return hero;
    }

    /** Swaps the slide with its neighbour; answers the slides whose position changed (none at an end). */
    public List<Hero> move(HeroId id, Direction direction) {
        Hero hero = get(id);
        int from = heroes.indexOf(hero);
        int to = direction == Direction.UP ? from - 1 : from + 1;
        if (to < 0 || to >= heroes.size()) return List.of();
        Hero neighbour = heroes.get(to);
        int heroPosition = hero.position();
        heroes.set(to, hero);
        heroes.set(from, neighbour);
        hero.moveTo(neighbour.position());
        neighbour.moveTo(heroPosition);
        return List.of(hero, neighbour);
    }

    /** Removes the slide and closes the gap; answers the slides whose position changed. */
    public List<Hero> remove(HeroId id) {
        Hero hero = get(id);
        heroes.remove(hero);
        return compact();
    }

    private List<Hero> compact() {
        List<Hero> moved = new ArrayList<>();
        for (int i = 0; i < heroes.size(); i++) {
            Hero hero = heroes.get(i);
            if (hero.position() != i) {
                hero.moveTo(i);
                moved.add(hero);
            }
        }
        return moved;
    }

    public static NotFound notFound() {
        return new NotFound("Hero not found");
    }
}
