package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.identity.IdentityJson.MemberBody;
import com.brewski.adapters.http.identity.IdentityJson.MemberJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.identity.ManagePlatformAccess;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.UserId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** Platform staff (super users and support): listing, granting and revoking platform access. */
public final class PlatformRoutes {
    private final ManagePlatformAccess platform;
    private final BodyReader bodies;

    public PlatformRoutes(ManagePlatformAccess platform, BodyReader bodies) {
        this.platform = platform;
        this.bodies = bodies;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/platform/members", this::members);
        routes.post("/platform/members", this::grant);
        routes.delete("/platform/members/{userId}", this::revoke);
    }

    private void members(Context ctx) {
        var page = platform.members(caller(ctx), RequestParams.page(ctx));
        ctx.json(PageBody.of(page, "createdAt", "asc", MemberJson::of));
    }

    private void grant(Context ctx) {
        JsonBody body = bodies.object(ctx);
        String email = body.optionalString("email");
        PlatformRole role = body.requiredEnum("role", PlatformRole::parse);
        ctx.status(201).json(MemberBody.of(platform.grant(caller(ctx), email, role)));
    }

    private void revoke(Context ctx) {
        UserId userId = new UserId(RequestParams.pathId(ctx, "userId", "Platform member not found"));
        platform.revoke(caller(ctx), userId);
        ctx.status(204);
    }
}
