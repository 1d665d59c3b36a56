package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.identity.IdentityJson.TeamBody;
import com.brewski.adapters.http.identity.IdentityJson.TeamJson;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.identity.ChangePublicSlug;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.identity.PublicSlug;
import io.javalin.http.Context;

import java.util.List;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** {@code PATCH /teams/:teamId} {@code {publicSlug}}: owners and admins move their team's shop address. */
public final class TeamSlugRoutes implements RouteGroup {
    private final ChangePublicSlug changePublicSlug;
    private final ObjectStore objectStore;
    private final BodyReader bodies;

    public TeamSlugRoutes(ChangePublicSlug changePublicSlug, ObjectStore objectStore, BodyReader bodies) {
        this.changePublicSlug = changePublicSlug;
        this.objectStore = objectStore;
        this.bodies = bodies;
    }

    /** The body of the change. */
    public record TeamChange(String publicSlug) {}

    @Override
    public List<Route> routes() {
        return List.of(Route.patch("/teams/{teamId}", Access.TEAM_MANAGER, this::change)
                .accepts(TeamChange.class).returns(TeamBody.class));
    }

    private void change(Context ctx) {
        var teamId = TeamRoutes.teamId(ctx);
        PublicSlug slug = new PublicSlug(bodies.object(ctx).requiredString("publicSlug"));
        ctx.json(new TeamBody(TeamJson.of(changePublicSlug.change(caller(ctx), teamId, slug), objectStore)));
    }
}
