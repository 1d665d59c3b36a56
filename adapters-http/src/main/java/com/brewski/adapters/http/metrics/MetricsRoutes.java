package com.brewski.adapters.http.metrics;

import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BearerAuthentication;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.Unauthenticated;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /metrics}: the Prometheus text format of the registry. Not a user route (no user token):
 * with a metrics token configured, the scraper sends it as {@code Authorization: Bearer <token>}
 * (401 otherwise); without one, only callers on the loopback interface are answered (403 otherwise).
 */
public final class MetricsRoutes implements RouteGroup {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final Optional<byte[]> token;

    /** @param token the bearer token scrapers must send; empty: loopback callers only */
    public MetricsRoutes(PrometheusMeterRegistry registry, Optional<String> token) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/metrics", Access.PUBLIC, this::scrape));
    }

    private void scrape(Context ctx) {
        if (token.isPresent()) {
            byte[] given = BearerAuthentication.bearerToken(ctx).map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
            if (!MessageDigest.isEqual(given, token.get())) {
                throw new Unauthenticated("a valid metrics token is required");
            }
        } else if (!loopback(ctx.req().getRemoteAddr())) {
            throw new Forbidden("metrics are answered on the loopback interface only, unless METRICS_TOKEN is set");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE).result(registry.scrape());
    }

    static boolean loopback(String address) {
        if (address == null || address.isBlank()) return false;
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!literal.matches("[0-9a-fA-F:.%]+")) return false; // an address literal, never a name to look up
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
