package com.brewski.adapters.http.offtrade;

import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The admin web page for collection requests: static HTML, CSS and JavaScript from the jar (no
 * build step, no CDN). The page is public; it signs in through {@code /auth/login} and calls the API
 * with the bearer token it keeps in {@code sessionStorage}.
 */
public final class CollectionRequestsPage implements RouteGroup {
    static final String PATH = "/orders/collection-requests";
    private static final String RESOURCES = "/web/collection-requests/";

    private final byte[] html = resource("index.html");
    private final byte[] css = resource("app.css");
    private final byte[] js = resource("app.js");

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(PATH, Access.PUBLIC, ctx -> serve(ctx, html, "text/html; charset=utf-8")),
                Route.get(PATH + "/assets/app.css", Access.PUBLIC, ctx -> serve(ctx, css, "text/css; charset=utf-8")),
                Route.get(PATH + "/assets/app.js", Access.PUBLIC, ctx -> serve(ctx, js, "text/javascript; charset=utf-8")));
    }

    private static void serve(Context ctx, byte[] bytes, String contentType) {
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.contentType(contentType).result(bytes);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CollectionRequestsPage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
