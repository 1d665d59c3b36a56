package com.brewski.domain.heroes;

import java.time.Instant;
import java.util.Objects;

/** One slide of the homepage hero carousel; its position is the {@link Carousel}'s to change. */
public final class Hero {
    private final HeroId id;
    private HeroContent content;
    private HeroImage image;
    private int position;
    private final Instant createdAt;
    private Instant updatedAt;

    private Hero(HeroId id, HeroContent content, HeroImage image, int position, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.content = Objects.requireNonNull(content, "content");
        this.image = Objects.requireNonNull(image, "image");
        if (position < 0) throw new IllegalArgumentException("position must not be negative");
        this.position = position;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    static Hero create(HeroId id, HeroContent content, HeroImage image, int position, Instant now) {
        return new Hero(id, content, image, position, now, now);
    }

    /** Rebuilds a slide from storage; used only by persistence adapters. */
    public static Hero restore(HeroId id, HeroContent content, HeroImage image, int position, Instant createdAt,
                               Instant updatedAt) {
        return new Hero(id, content, image, position, createdAt, updatedAt);
    }

    public void change(HeroChange change, Instant now) {
        this.content = content.with(change);
        this.updatedAt = now;
    }

    public void replaceImage(HeroImage image, Instant now) {
        this.image = Objects.requireNonNull(image, "image");
        this.updatedAt = now;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public HeroId id() { return id; }
    public HeroContent content() { return content; }
    public HeroImage image() { return image; }
    public int position() { return position; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
