package com.brewski.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A brewery (or the platform's own staff team) and its settings. */
public final class Team {
    private final TeamId id;
    private final boolean platform;
    private TeamSettings settings;
    private PublicSlug publicSlug;
    private String logoKey;
    private final Instant createdAt;
    private Instant updatedAt;

    private Team(TeamId id, boolean platform, TeamSettings settings, PublicSlug publicSlug, String logoKey,
                 Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.platform = platform;
        this.settings = Objects.requireNonNull(settings);
        this.publicSlug = Objects.requireNonNull(publicSlug);
        this.logoKey = logoKey;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new brewery team with the given settings, at the public slug the caller found free. */
    public static Team create(TeamId id, TeamSettings settings, PublicSlug publicSlug, Instant now) {
        return new Team(id, false, settings, publicSlug, null, now, now);
    }

    /**
     * A new brewery team whose slug is made from its name and its id ({@code lantern-brewery-1a2b3c4d}),
     * unique without looking at other teams: for tests and embedders that do not care about slugs.
     */
    public static Team create(TeamId id, TeamSettings settings, Instant now) {
        return new Team(id, false, settings, slugOf(id, settings), null, now, now);
    }

    /** Rebuilds a team from storage; used only by persistence adapters. */
    public static Team restore(TeamId id, boolean platform, TeamSettings settings, PublicSlug publicSlug, String logoKey,
                               Instant createdAt, Instant updatedAt) {
        return new Team(id, platform, settings, publicSlug, logoKey, createdAt, updatedAt);
    }

    /** Rebuilds a team whose slug is made as by {@link #create(TeamId, TeamSettings, Instant)}; for tests. */
    public static Team restore(TeamId id, boolean platform, TeamSettings settings, String logoKey, Instant createdAt, Instant updatedAt) {
        return new Team(id, platform, settings, slugOf(id, settings), logoKey, createdAt, updatedAt);
    }

    private static PublicSlug slugOf(TeamId id, TeamSettings settings) {
        return new PublicSlug(PublicSlug.fromName(settings.name()).value() + "-" + id.value().toString().substring(0, 8));
    }

    /** Moves the team to another public slug (the caller has checked no other team holds it). */
    public void changePublicSlug(PublicSlug slug, Instant now) {
        this.publicSlug = Objects.requireNonNull(slug);
        this.updatedAt = now;
    }

    public void changeSettings(SettingsChange change, Instant now) {
        this.settings = settings.apply(change);
        this.updatedAt = now;
    }

    public void changeLogo(String logoKey, Instant now) {
        this.logoKey = logoKey;
        this.updatedAt = now;
    }

    public TeamId id() { return id; }
    public boolean isPlatform() { return platform; }
    public String name() { return settings.name(); }
    public TeamSettings settings() { return settings; }
    public PublicSlug publicSlug() { return publicSlug; }
    public Optional<String> logoKey() { return Optional.ofNullable(logoKey); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
