package com.brewski.application.testing;

import com.brewski.application.shared.Ids;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable ids for tests. */
public final class SequentialIds implements Ids {
    private final AtomicLong next = new AtomicLong(1);

    @Override
    public UUID newId() {
        return new UUID(0x0000000000007000L, next.getAndIncrement());
    }
}
