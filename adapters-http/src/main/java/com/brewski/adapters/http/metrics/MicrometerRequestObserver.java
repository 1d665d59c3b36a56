package com.brewski.adapters.http.metrics;

import com.brewski.adapters.http.support.RequestObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Objects;

/**
 * Requests as a Micrometer timer {@code http.server.requests} (Prometheus:
 * {@code http_server_requests_seconds_count}, {@code _sum} and {@code _bucket}), tagged with the
 * method, the route template and the status; a histogram, so latency quantiles can be computed
 * across instances.
 */
public final class MicrometerRequestObserver implements RequestObserver {
    public static final String METER = "http.server.requests";

    private final MeterRegistry registry;

    public MicrometerRequestObserver(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void completed(String method, String route, int status, double millis) {
        Timer.builder(METER)
                .description("HTTP requests by method, route template and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos(Math.round(millis * 1_000_000d)));
    }
}
