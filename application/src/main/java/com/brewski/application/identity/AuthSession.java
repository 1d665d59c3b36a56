package com.brewski.application.identity;

import com.brewski.domain.identity.User;

import java.time.Instant;

/** What signing in hands back: the user and a fresh token pair. */
public record AuthSession(User user, String accessToken, String refreshToken, Instant expiresAt, Instant refreshExpiresAt) {
    @Override
    public String toString() {
        return "AuthSession[user=" + user.id() + ", expiresAt=" + expiresAt + "]";
    }
}
