package com.brewski.application.fulfillment;

import java.time.Duration;

/**
 * Limits of partner fulfilment: how long an item is leased to a partner call, how often and how far
 * apart a pending purchase is polled, how many checkouts one address may place in a window.
 */
public record FulfilmentPolicy(Duration itemLease, int pendingPolls, Duration pollBackoff,
                               int checkoutsPerAddress, Duration checkoutWindow) {
    public FulfilmentPolicy {
        if (itemLease.isNegative() || itemLease.isZero()) throw new IllegalArgumentException("itemLease must be positive");
        if (pendingPolls < 0) throw new IllegalArgumentException("pendingPolls must not be negative");
        if (checkoutsPerAddress < 1) throw new IllegalArgumentException("checkoutsPerAddress must be positive");
    }

    public static FulfilmentPolicy defaults() {
        return new FulfilmentPolicy(Duration.ofMinutes(5), 5, Duration.ofMillis(500), 20, Duration.ofMinutes(10));
    }
}
