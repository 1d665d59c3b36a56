package com.brewski.adapters.http.identity;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.identity.IdentityJson.AuthJson;
import com.brewski.adapters.http.identity.IdentityJson.MeJson;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BearerAuthentication;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.application.identity.AuthSession;
import com.brewski.application.identity.Profile;
import com.brewski.application.identity.SignIn;
import io.javalin.http.Context;

/** Registration, login, refresh, logout (public) and the signed-in user's profile ({@code GET /me}). */
public final class AuthRoutes implements RouteGroup {
    private final SignIn signIn;
    private final Profile profile;
    private final BodyReader bodies;

    public AuthRoutes(SignIn signIn, Profile profile, BodyReader bodies) {
        this.signIn = signIn;
        this.profile = profile;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/auth/register", Access.PUBLIC, this::register).status(201),
                Route.post("/auth/login", Access.PUBLIC, this::login),
                Route.post("/auth/refresh", Access.PUBLIC, this::refresh),
                Route.post("/auth/logout", Access.PUBLIC, this::logout).status(204),
                Route.get("/me", Access.SIGNED_IN, this::me));
    }

    private void register(Context ctx) {
        JsonBody body = bodies.object(ctx);
        AuthSession session = signIn.register(body.optionalString("email"), body.optionalString("password"),
                body.optionalString("name"), ctx.ip());
        answer(ctx.status(201), session);
    }

    private void login(Context ctx) {
        JsonBody body = bodies.object(ctx);
        AuthSession session = signIn.login(body.optionalString("email"), body.optionalString("password"), ctx.ip());
        answer(ctx.status(200), session);
    }

    private void refresh(Context ctx) {
        JsonBody body = bodies.object(ctx);
        answer(ctx.status(200), signIn.refresh(body.optionalString("refreshToken")));
    }

    private void logout(Context ctx) {
        JsonBody body = bodies.objectOrEmpty(ctx);
        String refreshToken = body.optionalString("refreshToken");
        signIn.logout(BearerAuthentication.bearerToken(ctx).orElse(null), refreshToken);
        ctx.status(204);
    }

    private void me(Context ctx) {
        ctx.json(MeJson.of(profile.me(BearerAuthentication.caller(ctx))));
    }

    private static void answer(Context ctx, AuthSession session) {
        ctx.header("Cache-Control", "no-store");
        ctx.json(AuthJson.of(session));
    }
}
