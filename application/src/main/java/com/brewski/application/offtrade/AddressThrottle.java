package com.brewski.application.offtrade;

import com.brewski.application.shared.RateLimiter;
import com.brewski.domain.shared.RateLimited;

import java.time.Duration;

/** Counts one address's intakes (or retries) on the shared {@link RateLimiter}; 429 beyond the policy. */
final class AddressThrottle {
    static final String CODE = "OFFTRADE_RATE_LIMITED";

    private final RateLimiter limiter;
    private final OffTradePolicy policy;
    private final String kind;

    AddressThrottle(RateLimiter limiter, OffTradePolicy policy, String kind) {
        this.limiter = limiter;
        this.policy = policy;
        this.kind = kind;
    }

    void hit(String remoteAddress) {
        Duration wait = limiter.hit("offtrade:" + kind + ":" + remoteAddress, policy.requestsPerAddress(), policy.window());
        if (!wait.isZero()) throw new RateLimited("too many requests from this address, try again later", wait, CODE);
    }
}
