package com.brewski.adapters.http.support;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.SignIn;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Optional;

/**
 * Turns {@code Authorization: Bearer <token>} into a {@link Caller} before every matched route that is
 * not {@link Access#PUBLIC}; a missing or invalid token is a 401 from {@link SignIn#authenticate}.
 */
public final class BearerAuthentication {
    private static final String CALLER = "brewski.caller";
    private static final String SCHEME = "bearer ";

    private final SignIn signIn;

    public BearerAuthentication(SignIn signIn) {
        this.signIn = signIn;
    }

    /**
     * A before-matched handler: authenticates the request unless its route is public. HEAD is left
     * alone: Javalin answers it from the existence of a GET route without running any handler.
     */
    public void authenticate(Context ctx) {
        if (ctx.method() == HandlerType.HEAD || ctx.routeRoles().contains(Access.PUBLIC)) return;
        if (ctx.routeRoles().contains(RequestScope.ONE_TRANSACTION)) return; // the route table authenticates it, inside its transaction
        authenticateNow(ctx);
    }

    /** Authenticates the request now (in the caller's transaction when one is open). */
    void authenticateNow(Context ctx) {
        ctx.attribute(CALLER, signIn.authenticate(bearerToken(ctx).orElse(null)));
    }

    /** Marks the routes that authenticate inside their one transaction (registered with this role by the route table). */
    public enum RequestScope implements io.javalin.security.RouteRole { ONE_TRANSACTION }

    /** The caller of an authenticated route. */
    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) throw new IllegalStateException("route " + ctx.path() + " is public but asked for a caller");
        return caller;
    }

    /** The token of an {@code Authorization: Bearer} header, if the request has one. */
    public static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= SCHEME.length()) return Optional.empty();
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) return Optional.empty();
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
