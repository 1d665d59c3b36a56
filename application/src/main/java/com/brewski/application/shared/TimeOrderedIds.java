package com.brewski.application.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** UUID version 7 identifiers: time-ordered, so new rows land at the end of their indexes. */
public final class TimeOrderedIds implements Ids {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public UUID newId() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
