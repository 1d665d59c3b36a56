package com.brewski.adapters.http.identity;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.identity.IdentityJson.MemberBody;
import com.brewski.adapters.http.identity.IdentityJson.MemberJson;
import com.brewski.adapters.http.identity.IdentityJson.MembershipJson;
import com.brewski.adapters.http.identity.IdentityJson.TeamBody;
import com.brewski.adapters.http.identity.IdentityJson.TeamCreatedJson;
import com.brewski.adapters.http.identity.IdentityJson.TeamJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.identity.ManageTeams;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.identity.UserId;
import io.javalin.http.Context;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** Creating teams, reading them, and managing their members. */
public final class TeamRoutes implements RouteGroup {
    static final String TEAM_NOT_FOUND = "Team not found";
    private static final String MEMBER_NOT_FOUND = "Member not found";

    private final ManageTeams teams;
    private final ObjectStore objectStore;
    private final BodyReader bodies;

    public TeamRoutes(ManageTeams teams, ObjectStore objectStore, BodyReader bodies) {
        this.teams = teams;
        this.objectStore = objectStore;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/teams", Access.SIGNED_IN, this::create).status(201).returns(TeamCreatedJson.class),
                Route.get("/teams/{teamId}", Access.TEAM_MEMBER, this::get).returns(TeamBody.class),
                Route.get("/teams/{teamId}/members", Access.TEAM_MEMBER, this::members),
                Route.post("/teams/{teamId}/members", Access.TEAM_MANAGER, this::addMember).status(201).returns(MemberBody.class),
                Route.patch("/teams/{teamId}/members/{userId}", Access.TEAM_MANAGER, this::changeRole).returns(MemberBody.class),
                Route.delete("/teams/{teamId}/members/{userId}", Access.TEAM_MANAGER, this::removeMember).returns(MemberBody.class),
                Route.post("/teams/{teamId}/members/{userId}/owner", Access.TEAM_OWNER, this::promoteToOwner).returns(MemberBody.class));
    }

    private void create(Context ctx) {
        JsonBody body = bodies.object(ctx);
        ManageTeams.TeamCreated created = teams.create(caller(ctx), body.optionalString("name"),
                SettingsChangeJson.read(body, null));
        ctx.status(201).json(new TeamCreatedJson(TeamJson.of(created.team(), objectStore),
                MembershipJson.of(created.membership())));
    }

    private void get(Context ctx) {
        ctx.json(new TeamBody(TeamJson.of(teams.get(caller(ctx), teamId(ctx)), objectStore)));
    }

    private void members(Context ctx) {
        TeamId teamId = teamId(ctx);
        var page = teams.members(caller(ctx), teamId, RequestParams.page(ctx));
        ctx.json(PageBody.of(page, "createdAt", "asc", MemberJson::of));
    }

    private void addMember(Context ctx) {
        TeamId teamId = teamId(ctx);
        JsonBody body = bodies.object(ctx);
        String email = body.optionalString("email");
        TeamRole role = body.requiredEnum("role", TeamRole::parse);
        ctx.status(201).json(MemberBody.of(teams.add(caller(ctx), teamId, email, role)));
    }

    private void changeRole(Context ctx) {
        TeamId teamId = teamId(ctx);
        UserId userId = userId(ctx);
        TeamRole role = bodies.object(ctx).requiredEnum("role", TeamRole::parse);
        ctx.json(MemberBody.of(teams.changeRole(caller(ctx), teamId, userId, role)));
    }

    private void removeMember(Context ctx) {
        ctx.json(MemberBody.of(teams.remove(caller(ctx), teamId(ctx), userId(ctx))));
    }

    private void promoteToOwner(Context ctx) {
        ctx.json(MemberBody.of(teams.promoteToOwner(caller(ctx), teamId(ctx), userId(ctx))));
    }

    static TeamId teamId(Context ctx) {
        return new TeamId(RequestParams.pathId(ctx, "teamId", TEAM_NOT_FOUND));
    }

    private static UserId userId(Context ctx) {
        return new UserId(RequestParams.pathId(ctx, "userId", MEMBER_NOT_FOUND));
    }
}
