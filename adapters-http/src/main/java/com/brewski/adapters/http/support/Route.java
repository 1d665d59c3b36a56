package com.brewski.adapters.http.support;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.Objects;

/**
 * One route of the route table: the server registers routes from the table only, and the OpenAPI
 * document, the authorisation matrix test and the upload limits all read it.
 *
 * @param method         the HTTP method
 * @param path           the Javalin path ({@code /orders/{orderId}})
 * @param access         who may call it
 * @param handler        the handler
 * @param successStatus  the status of a successful answer (200, 201, 204, …)
 * @param requestType    the type the body is parsed into (a record of the route class), or null when none
 * @param responseType   the type of a successful answer's body, or null when it has none
 * @param maxUploadBytes the largest file a multipart upload may carry (0: the route takes no files)
 */
public record Route(HandlerType method, String path, Access access, Handler handler, int successStatus,
                    Class<?> requestType, Class<?> responseType, long maxUploadBytes) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith("/")) throw new IllegalArgumentException("path must start with /: " + path);
        if (successStatus < 200 || successStatus > 299) throw new IllegalArgumentException("successStatus " + successStatus);
        if (maxUploadBytes < 0) throw new IllegalArgumentException("maxUploadBytes must not be negative");
    }

    public static Route get(String path, Access access, Handler handler) {
        return of(HandlerType.GET, path, access, handler);
    }

    public static Route post(String path, Access access, Handler handler) {
        return of(HandlerType.POST, path, access, handler);
    }

    public static Route put(String path, Access access, Handler handler) {
        return of(HandlerType.PUT, path, access, handler);
    }

    public static Route patch(String path, Access access, Handler handler) {
        return of(HandlerType.PATCH, path, access, handler);
    }

    public static Route delete(String path, Access access, Handler handler) {
        return of(HandlerType.DELETE, path, access, handler);
    }

    private static Route of(HandlerType method, String path, Access access, Handler handler) {
        return new Route(method, path, access, handler, 200, null, null, 0);
    }

    /** The same route answering {@code status} on success. */
    public Route status(int status) {
        return new Route(method, path, access, handler, status, requestType, responseType, maxUploadBytes);
    }

    /** The same route, documented as taking a body of {@code type}. */
    public Route accepts(Class<?> type) {
        return new Route(method, path, access, handler, successStatus, type, responseType, maxUploadBytes);
    }

    /** The same route, documented as answering a body of {@code type}. */
    public Route returns(Class<?> type) {
        return new Route(method, path, access, handler, successStatus, requestType, type, maxUploadBytes);
    }

    /** The same route, taking multipart uploads of files up to {@code maxBytes}. */
    public Route uploads(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
        return new Route(method, path, access, handler, successStatus, requestType, responseType, maxBytes);
    }

    /**
     * The same route, run with the authentication of its request in one database transaction (when the
     * table has request transactions): for routes whose use case has no side effect outside the database.
     */
    public Route inOneTransaction() {
        if (access == Access.PUBLIC) throw new IllegalArgumentException("a public route authenticates nobody: " + key());
        Handler single = handler instanceof InOneTransaction ? handler : new InOneTransaction(handler);
        return new Route(method, path, access, single, successStatus, requestType, responseType, maxUploadBytes);
    }

    /** Whether the route runs in one transaction with its authentication. */
    public boolean runsInOneTransaction() {
        return handler instanceof InOneTransaction;
    }

    /** A handler marked to run with its request's authentication in one transaction. */
    record InOneTransaction(Handler handler) implements Handler {
        @Override
        public void handle(io.javalin.http.Context ctx) throws Exception {
            handler.handle(ctx);
        }
    }

    /** {@code GET /orders/{orderId}}: how the route is named in logs, metrics and tests. */
    public String key() {
        return method.name() + " " + path;
    }
}
