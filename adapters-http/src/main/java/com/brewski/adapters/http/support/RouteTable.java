package com.brewski.adapters.http.support;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.PayloadTooLarge;
import io.javalin.config.MultipartConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The server's routes, as data: every {@link Route} of every {@link RouteGroup}, registered on
 * Javalin from here only. Before a handler runs, the table refuses callers without the platform
 * role a {@link Access#platformOnly() platform route} needs (403, after the 401 of authentication)
 * and uploads over the route's own limit (413, from {@code Content-Length}).
 */
public final class RouteTable {
    /** Room for the multipart boundaries and part headers around a file of the largest size. */
    public static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    private final List<Route> routes;
    private Transactions requestTransactions;
    private BearerAuthentication authentication;

    public RouteTable(List<? extends RouteGroup> groups) {
        List<Route> all = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (RouteGroup group : groups) {
            for (Route route : group.routes()) {
                if (!keys.add(route.key())) throw new IllegalArgumentException("route declared twice: " + route.key());
                all.add(route);
            }
        }
        this.routes = List.copyOf(all);
    }

    /** Every route, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    /**
     * The routes in the order they are registered: Javalin serves a request by the first route that
     * matches it, so at the first segment where two paths differ a literal segment goes before a
     * path parameter ({@code /orders/collection-requests} before {@code /orders/{orderId}}, whichever
     * group declares it first); routes that cannot shadow each other keep their declaration order.
     */
    public List<Route> registrationOrder() {
        List<Route> ordered = new ArrayList<>(routes);
        ordered.sort(RouteTable::bySpecificity); // stable: equal keys keep declaration order
        return List.copyOf(ordered);
    }

    private static int bySpecificity(Route a, Route b) {
        int[] left = segmentKinds(a.path());
        int[] right = segmentKinds(b.path());
        return java.util.Arrays.compare(left, right);
    }

    /** Per segment: 0 literal, 1 a {@code {param}}, 2 a wildcard or {@code <path>} parameter that spans segments. */
    private static int[] segmentKinds(String path) {
        return java.util.Arrays.stream(path.substring(1).split("/", -1))
                .mapToInt(segment -> segment.equals("*") || segment.startsWith("<") ? 2 : segment.startsWith("{") ? 1 : 0)
                .toArray();
    }

    /** The largest upload any route takes (0 when none does). */
    public long largestUpload() {
        return routes.stream().mapToLong(Route::maxUploadBytes).max().orElse(0);
    }

    /** Registers every route, and sizes the multipart limits to the largest upload of the table. */
    public void registerOn(RoutesConfig config, MultipartConfig multipart) {
        registerOn(config, multipart, null, null);
    }

    /**
     * Registers every route; a route marked {@link Route#inOneTransaction()} authenticates inside the
     * transaction its use case joins, so that the request runs one transaction (with {@code transactions}
     * null, every route authenticates before its handler, in its own lookup).
     */
    public void registerOn(RoutesConfig config, MultipartConfig multipart, BearerAuthentication authentication,
                           Transactions transactions) {
        this.requestTransactions = transactions;
        this.authentication = authentication;
        long largest = Math.max(largestUpload(), 1);
        multipart.maxFileSize(largest, SizeUnit.BYTES);
        multipart.maxTotalRequestSize(largest + FORM_OVERHEAD_BYTES, SizeUnit.BYTES);
        multipart.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, largest + FORM_OVERHEAD_BYTES), SizeUnit.BYTES);
        for (Route route : registrationOrder()) {
            Handler guarded = guarded(route);
            HandlerType method = route.method();
            io.javalin.security.RouteRole[] roles = requestTransactions != null && authentication != null && route.runsInOneTransaction()
                    ? new io.javalin.security.RouteRole[] {route.access(), BearerAuthentication.RequestScope.ONE_TRANSACTION}
                    : new io.javalin.security.RouteRole[] {route.access()};
            if (method.equals(HandlerType.GET)) config.get(route.path(), guarded, roles);
            else if (method.equals(HandlerType.POST)) config.post(route.path(), guarded, roles);
            else if (method.equals(HandlerType.PUT)) config.put(route.path(), guarded, roles);
            else if (method.equals(HandlerType.PATCH)) config.patch(route.path(), guarded, roles);
            else if (method.equals(HandlerType.DELETE)) config.delete(route.path(), guarded, roles);
            else throw new IllegalArgumentException("unsupported method " + route.key());
        }
    }

    private Handler guarded(Route route) {
        Objects.requireNonNull(route);
        Handler checked = ctx -> {
            if (route.access().platformOnly()) requirePlatform(route.access(), BearerAuthentication.caller(ctx));
            if (route.maxUploadBytes() > 0 && ctx.req().getContentLengthLong() > route.maxUploadBytes() + FORM_OVERHEAD_BYTES)
                throw tooLarge(route.maxUploadBytes());
            route.handler().handle(ctx);
        };
        if (requestTransactions == null || authentication == null || !route.runsInOneTransaction()) return checked;
        Transactions transactions = requestTransactions;
        BearerAuthentication bearer = authentication;
        return ctx -> {
            try {
                transactions.inTransaction(() -> {
                    try {
                        bearer.authenticateNow(ctx);
                        checked.handle(ctx);
                        return null;
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new CheckedFailure(e);
                    }
                });
            } catch (CheckedFailure e) {
                throw (Exception) e.getCause();
            }
        };
    }

    /** Carries a checked exception of a handler out through the transaction, which then rolls back. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }

    /** The 413 of an upload over {@code maxBytes}: uploads carry their file in the field {@code image}. */
    public static PayloadTooLarge tooLarge(long maxBytes) {
        long mb = 1024 * 1024;
        String size = maxBytes % mb == 0 ? (maxBytes / mb) + " MB" : maxBytes + " bytes";
        return new PayloadTooLarge("image must be at most " + size);
    }

    private static void requirePlatform(Access access, Caller caller) {
        boolean allowed = access == Access.PLATFORM_SU
                ? caller.platformRole().filter(role -> role == PlatformRole.SU).isPresent()
                : caller.hasPlatformAccess();
        if (!allowed) throw new Forbidden(access == Access.PLATFORM_SU ? "platform super user access required" : "platform access required");
    }
}
