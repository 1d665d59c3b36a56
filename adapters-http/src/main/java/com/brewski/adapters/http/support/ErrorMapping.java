package com.brewski.adapters.http.support;

import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.DomainException;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.RateLimited;
import com.brewski.domain.shared.Unauthenticated;
import com.brewski.domain.shared.Unavailable;
import com.brewski.domain.shared.UnsupportedMedia;
import com.brewski.domain.shared.Overloaded;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The one exception map of the HTTP adapter. Every error answers {@code {"message": …}}; a 500 adds
 * the request's {@code correlationId} and keeps the stack trace in the log only.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /**
     * How much of an over-limit body a 413 reads and discards before it is answered: enough for the
     * bodies a client sends a little over a limit, so that closing the connection does not meet unread
     * data (which makes the kernel answer with a reset instead of letting the client read the 413).
     */
    static final long DRAIN_LIMIT_BYTES = 8L * 1024 * 1024;

    /** An error body; {@code code} only where the contract names one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorBody(String message, String code) {
        public ErrorBody(String message) {
            this(message, null);
        }
    }

    /** The body of a 500: no detail, only the id under which the log holds the rest. */
    public record InternalErrorBody(String message, String correlationId) {}

    private ErrorMapping() {}

    public static void addTo(RoutesConfig routes) {
        routes.exception(DomainException.class, ErrorMapping::domain);
        routes.exception(HttpResponseException.class, ErrorMapping::framework);
        routes.exception(Exception.class, ErrorMapping::unexpected);
    }

    /** The status of each kind of broken rule. */
    public static int status(DomainException e) {
        return switch (e) {
            case InvalidField f -> 400;
            case Unauthenticated u -> 401;
            case Forbidden f -> 403;
            case NotFound n -> 404;
            case Conflict c -> 409;
            case PayloadTooLarge p -> 413;
            case UnsupportedMedia u -> 415;
            case RateLimited r -> 429;
            case Unavailable u -> 502;
            case Overloaded o -> 503;
        };
    }

    private static void domain(DomainException e, Context ctx) {
        switch (e) {
            case RateLimited limited -> ctx.header("Retry-After", Long.toString(retryAfterSeconds(limited.retryAfter())));
            case Unauthenticated u -> ctx.header("WWW-Authenticate", "Bearer");
            case Unavailable u -> LOG.warn("dependency unavailable: {}", u.getMessage());
            case Overloaded o -> o.retryAfter().ifPresent(wait -> ctx.header("Retry-After", Long.toString(retryAfterSeconds(wait))));
            case PayloadTooLarge p -> drainAndClose(ctx);
            default -> { }
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? defaultMessage(status(e)) : e.getMessage();
        ctx.status(status(e)).json(new ErrorBody(message, e.code().orElse(null)));
    }

    /**
     * A 413 ends the connection ({@code Connection: close}): the rest of the body is not wanted. First
     * up to {@link #DRAIN_LIMIT_BYTES} of the body are read and discarded (nothing when the declared
     * length is past that), so that the client is reading the answer, not being reset, when the
     * connection closes.
     */
    private static void drainAndClose(Context ctx) {
        ctx.header("Connection", "close");
        long declared = ctx.req().getContentLengthLong();
        if (declared > DRAIN_LIMIT_BYTES) return;
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] chunk = new byte[16 * 1024];
            long drained = 0;
            int read;
            while (drained < DRAIN_LIMIT_BYTES && (read = in.read(chunk)) != -1) drained += read;
        } catch (IOException | IllegalStateException e) {
            // the body was already closed or the client went away: nothing left to drain
        }
    }

    private static void framework(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status == 413) drainAndClose(ctx);
        if (status == 405) {
            String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
            if (allowed != null) ctx.header("Allow", allowed);
        }
        if (status >= 500) {
            LOG.error("framework error {} on {} {}", status, ctx.method().name(), ctx.path(), e);
            ctx.status(status).json(new InternalErrorBody("internal error", RequestCorrelation.id(ctx)));
            return;
        }
        ctx.status(status).json(new ErrorBody(defaultMessage(status)));
    }

    private static void unexpected(Exception e, Context ctx) {
        String id = RequestCorrelation.id(ctx);
        LOG.error("unhandled exception on {} {}", ctx.method().name(), ctx.path(), e);
        ctx.status(500).json(new InternalErrorBody("internal error", id));
    }

    static long retryAfterSeconds(Duration wait) {
        if (wait == null || wait.isNegative() || wait.isZero()) return 1;
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request body is too large";
            case 415 -> "unsupported media type";
            case 429 -> "too many requests";
            default -> {
                HttpStatus known = HttpStatus.forStatus(status);
                yield known == HttpStatus.UNKNOWN ? "error" : known.getMessage().toLowerCase(java.util.Locale.ROOT);
            }
        };
    }
}
