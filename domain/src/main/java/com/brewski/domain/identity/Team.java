package com.brewski.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A brewery (or the platform's own staff team) and its settings. */
public final class Team {
    private final TeamId id;
    private final boolean platform;
    private TeamSettings settings;
    private String logoKey;
    private final Instant createdAt;
    private Instant updatedAt;

    private Team(TeamId id, boolean platform, TeamSettings settings, String logoKey, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.platform = platform;
        this.settings = Objects.requireNonNull(settings);
        this.logoKey = logoKey;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new brewery team with the given settings. */
    public static Team create(TeamId id, TeamSettings settings, Instant now) {
        return new Team(id, false, settings, null, now, now);
    }

    /** Rebuilds a team from storage; used only by persistence adapters. */
    public static Team restore(TeamId id, boolean platform, TeamSettings settings, String logoKey, Instant createdAt, Instant updatedAt) {
        return new Team(id, platform, settings, logoKey, createdAt, updatedAt);
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
    public Optional<String> logoKey() { return Optional.ofNullable(logoKey); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
