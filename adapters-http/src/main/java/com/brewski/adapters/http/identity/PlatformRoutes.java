package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.identity.IdentityJson.MemberBody;
import com.brewski.adapters.http.identity.IdentityJson.MemberJson;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.identity.ManagePlatformAccess;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.UserId;
import io.javalin.http.Context;

import java.util.List;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** Platform staff (super users and support): listing, granting and revoking platform access. */
public final class PlatformRoutes implements RouteGroup {
    private final ManagePlatformAccess platform;
    private final BodyReader bodies;

    public PlatformRoutes(ManagePlatformAccess platform, BodyReader bodies) {
        this.platform = platform;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/platform/members", Access.PLATFORM_SUPPORT, this::members),
                Route.post("/platform/members", Access.PLATFORM_SU, this::grant).status(201).returns(MemberBody.class),
                Route.delete("/platform/members/{userId}", Access.PLATFORM_SU, this::revoke).status(204));
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
