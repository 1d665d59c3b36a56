package com.brewski.adapters.http.support;

/**
 * Told of every finished request (metrics): its method, the route template it matched (the route
 * table's path, e.g. {@code /orders/{orderId}}, or {@value #UNMATCHED}), its status and duration.
 */
@FunctionalInterface
public interface RequestObserver {
    /** The route of a request that matched no route (404s, 405s): one value, so the series stay few. */
    String UNMATCHED = "unmatched";

    RequestObserver NONE = (method, route, status, millis) -> { };

    void completed(String method, String route, int status, double millis);
}
