package com.brewski.adapters.http.support;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id of every request: taken from {@code X-Request-Id} when it is well formed, else a
 * new UUID; echoed in the response header, put in the MDC as {@code requestId} for every log line of
 * the request, and closed by one access line (method, path, status, milliseconds). Bodies, query
 * strings and headers other than the request id are never logged.
 */
public final class RequestCorrelation {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String ATTRIBUTE = "brewski.requestId";
    private static final Logger ACCESS = LoggerFactory.getLogger("com.brewski.adapters.http.access");

    private RequestCorrelation() {}

    /** A before handler for every path, matched or not. */
    public static void begin(Context ctx) {
        String id = accepted(ctx.header(HEADER));
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** The id of the current request. */
    public static String id(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            ctx.attribute(ATTRIBUTE, id);
            ctx.header(HEADER, id);
        }
        return id;
    }

    /** The request logger: one line per request, then the MDC is cleared. */
    public static void logAccess(Context ctx, Float millis) {
        try {
            MDC.put(MDC_KEY, id(ctx));
            ACCESS.info("{} {} {} {}ms", ctx.method().name(), ctx.path(), ctx.statusCode(), Math.round(millis));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String accepted(String candidate) {
        if (candidate != null && ACCEPTED.matcher(candidate).matches()) return candidate;
        return UUID.randomUUID().toString();
    }
}
