package com.brewski.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One signed-in session: an access token and a refresh token, both stored only as hashes.
 * Refreshing rotates the pair into a new session of the same family; presenting a rotated refresh
 * token again revokes the whole family.
 */
public record Session(
        UUID id,
        UUID familyId,
        UserId userId,
        String accessHash,
        Instant accessExpiresAt,
        String refreshHash,
        Instant refreshExpiresAt,
        Instant createdAt,
        Instant revokedAt) {

    public Session {
        Objects.requireNonNull(id);
        Objects.requireNonNull(familyId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(accessHash);
        Objects.requireNonNull(refreshHash);
    }

    public boolean accessValidAt(Instant now) {
        return revokedAt == null && now.isBefore(accessExpiresAt);
    }

    public boolean refreshValidAt(Instant now) {
        return revokedAt == null && now.isBefore(refreshExpiresAt);
    }
}
