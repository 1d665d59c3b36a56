package com.brewski.adapters.http.openapi;

import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import io.javalin.http.Context;

import java.util.List;
import java.util.Objects;

/** {@code GET /openapi.json}: the OpenAPI 3.1 description of every route, public. */
public final class OpenApiRoutes implements RouteGroup {
    private final byte[] json;

    /** Serves {@code document}, assembled once (a bad fragment fails here, at start). */
    public OpenApiRoutes(OpenApiDocument document) {
        this.json = Objects.requireNonNull(document, "document").json();
    }

    /** Serves the document assembled from the fragments on the classpath. */
    public OpenApiRoutes() {
        this(OpenApiDocument.fromClasspath());
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/openapi.json", Access.PUBLIC, this::document));
    }

    private void document(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType("application/json").result(json);
    }
}
