package com.brewski.adapters.http.system;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.application.shared.HealthCheck;
import io.javalin.http.Context;

/** {@code GET /health}: 200 while the database answers, 503 when it does not. */
public final class HealthRoutes implements RouteGroup {
    private final HealthCheck health;

    public HealthRoutes(HealthCheck health) {
        this.health = health;
    }

    public record HealthJson(String status, String database) {}

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/health", Access.PUBLIC, this::health).returns(HealthJson.class));
    }

    private void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (health.databaseUp()) ctx.status(200).json(new HealthJson("ok", "up"));
        else ctx.status(503).json(new HealthJson("degraded", "down"));
    }
}
