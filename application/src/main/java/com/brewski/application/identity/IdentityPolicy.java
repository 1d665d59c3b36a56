package com.brewski.application.identity;

import java.time.Duration;

/** Token lifetimes and login throttling limits. */
public record IdentityPolicy(
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        int loginAttemptsPerEmail,
        int loginAttemptsPerAddress,
        Duration loginWindow) {

    public static IdentityPolicy defaults() {
        return new IdentityPolicy(Duration.ofHours(2), Duration.ofDays(30), 10, 50, Duration.ofMinutes(15));
    }
}
