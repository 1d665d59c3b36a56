package com.brewski.adapters.http.system;

import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health/ready}: whether this instance can serve traffic, for a load balancer's readiness
 * probe. Unlike the cheap {@code GET /health} (database only), it asks every dependency the wiring
 * names: the database, the object storage and, when configured, Redis. 200 {@code ready} when all
 * answer, else 503 {@code not ready}; the body names each check.
 */
public final class ReadinessRoutes implements RouteGroup {
    private final Map<String, BooleanSupplier> checks;

    /** @param checks the dependencies, by the name the body shows ({@code database}, {@code storage}, {@code redis}) */
    public ReadinessRoutes(Map<String, BooleanSupplier> checks) {
        Objects.requireNonNull(checks, "checks");
        if (checks.isEmpty()) throw new IllegalArgumentException("at least one check");
        this.checks = new LinkedHashMap<>(checks);
    }

    public record ReadinessBody(String status, Map<String, String> checks) {}

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/health/ready", Access.PUBLIC, this::ready).returns(ReadinessBody.class));
    }

    private void ready(Context ctx) {
        Map<String, String> results = new LinkedHashMap<>();
        boolean ready = true;
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            boolean up;
            try {
                up = check.getValue().getAsBoolean();
            } catch (RuntimeException e) {
                up = false;
            }
            results.put(check.getKey(), up ? "up" : "down");
            ready &= up;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(ready ? 200 : 503).json(new ReadinessBody(ready ? "ready" : "not ready", results));
    }
}
