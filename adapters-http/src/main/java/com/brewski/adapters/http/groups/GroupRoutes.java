package com.brewski.adapters.http.groups;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.groups.GroupJson.AcceptedJson;
import com.brewski.adapters.http.groups.GroupJson.BreweryGroupJson;
import com.brewski.adapters.http.groups.GroupJson.GroupBody;
import com.brewski.adapters.http.groups.GroupJson.GroupsJson;
import com.brewski.adapters.http.groups.GroupJson.InvitationBody;
import com.brewski.adapters.http.groups.GroupJson.InvitationJson;
import com.brewski.adapters.http.groups.GroupJson.InvitationsJson;
import com.brewski.adapters.http.groups.GroupJson.MemberBody;
import com.brewski.adapters.http.groups.GroupJson.MemberRowJson;
import com.brewski.adapters.http.groups.GroupJson.MembersJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.groups.ManageGroups;
import com.brewski.domain.groups.GroupStatus;
import com.brewski.domain.identity.TeamId;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * Brewery groups: founding, invitations (internal: an existing team), accepting, declining,
 * revoking, leaving, and shop approval by platform staff. A team acts through its owners and admins,
 * named by {@code teamId}.
 */
public final class GroupRoutes implements RouteGroup {
    private static final String GROUP_NOT_FOUND = "Group not found";
    private static final String INVITE_NOT_FOUND = "Invite not found";

    private final ManageGroups groups;
    private final BodyReader bodies;
    private final Clock clock;

    /** @param clock tells an invitation's status as of now (a pending one past its expiry reads as expired) */
    public GroupRoutes(ManageGroups groups, BodyReader bodies, Clock clock) {
        this.groups = groups;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/groups", Access.TEAM_MEMBER, this::ofTeam),
                Route.post("/groups", Access.TEAM_MANAGER, this::create).status(201).returns(GroupBody.class),
                Route.get("/groups/{groupId}", Access.TEAM_MEMBER_OR_PLATFORM, this::get).returns(GroupBody.class),
                Route.patch("/groups/{groupId}", Access.TEAM_MANAGER_OR_PLATFORM, this::update).returns(GroupBody.class),
                Route.get("/groups/{groupId}/members", Access.TEAM_MEMBER_OR_PLATFORM, this::members),
                Route.post("/groups/{groupId}/leave", Access.TEAM_MANAGER, this::leave).returns(MemberBody.class),
                Route.get("/groups/{groupId}/invitations", Access.TEAM_MEMBER_OR_PLATFORM, this::invitations),
                Route.post("/groups/{groupId}/invitations/internal", Access.TEAM_MANAGER, this::invite).status(201).returns(InvitationBody.class),
                Route.post("/groups/{groupId}/invitations/{inviteId}/accept", Access.TEAM_MANAGER, this::accept),
                Route.post("/groups/{groupId}/invitations/{inviteId}/decline", Access.TEAM_MANAGER, this::decline).returns(InvitationBody.class),
                Route.delete("/groups/{groupId}/invitations/{inviteId}", Access.TEAM_MANAGER, this::revoke).returns(InvitationBody.class));
    }

    private void ofTeam(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        ctx.json(new GroupsJson(groups.ofTeam(caller(ctx), teamId).stream().map(BreweryGroupJson::of).toList()));
    }

    private void create(Context ctx) {
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        ctx.status(201).json(GroupBody.of(groups.create(caller(ctx), teamId, body.optionalString("name"),
                body.optionalString("regionLabel"), body.optionalString("description"))));
    }

    private void get(Context ctx) {
        ctx.json(GroupBody.of(groups.get(caller(ctx), groupId(ctx))));
    }

    private void update(Context ctx) {
        UUID groupId = groupId(ctx);
        JsonBody body = bodies.object(ctx);
        UUID teamId = body.optionalUuid("teamId");
        var change = new ManageGroups.GroupChange(body.stringPatch("name"), body.stringPatch("regionLabel"),
                body.stringPatch("description"), body.enumPatch("status", GroupStatus::parse),
                body.booleanPatch("shopVisible"));
        ctx.json(GroupBody.of(groups.update(caller(ctx), groupId, teamId == null ? null : new TeamId(teamId), change)));
    }

    private void members(Context ctx) {
        ctx.json(new MembersJson(groups.members(caller(ctx), groupId(ctx)).stream().map(MemberRowJson::of).toList()));
    }

    private void leave(Context ctx) {
        UUID groupId = groupId(ctx);
        TeamId teamId = new TeamId(bodies.object(ctx).requiredUuid("teamId"));
        ctx.json(MemberBody.of(groups.leave(caller(ctx), groupId, teamId)));
    }

    private void invitations(Context ctx) {
        var found = groups.invitations(caller(ctx), groupId(ctx));
        Instant now = clock.instant();
        ctx.json(new InvitationsJson(found.stream().map(i -> InvitationJson.of(i, now)).toList()));
    }

    private void invite(Context ctx) {
        UUID groupId = groupId(ctx);
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        TeamId inviteeTeamId = new TeamId(body.requiredUuid("inviteeTeamId"));
        ctx.status(201).json(InvitationBody.of(groups.invite(caller(ctx), groupId, teamId, inviteeTeamId), clock.instant()));
    }

    private void accept(Context ctx) {
        UUID groupId = groupId(ctx);
        UUID inviteId = inviteId(ctx);
        TeamId teamId = new TeamId(bodies.object(ctx).requiredUuid("teamId"));
        ctx.json(AcceptedJson.of(groups.accept(caller(ctx), groupId, inviteId, teamId), clock.instant()));
    }

    private void decline(Context ctx) {
        UUID groupId = groupId(ctx);
        UUID inviteId = inviteId(ctx);
        TeamId teamId = new TeamId(bodies.object(ctx).requiredUuid("teamId"));
        ctx.json(InvitationBody.of(groups.decline(caller(ctx), groupId, inviteId, teamId), clock.instant()));
    }

    private void revoke(Context ctx) {
        UUID groupId = groupId(ctx);
        UUID inviteId = inviteId(ctx);
        UUID teamId = RequestParams.optionalUuidQuery(ctx, "teamId");
        var revoked = groups.revoke(caller(ctx), groupId, inviteId, teamId == null ? null : new TeamId(teamId));
        ctx.json(InvitationBody.of(revoked, clock.instant()));
    }

    private static UUID groupId(Context ctx) {
        return RequestParams.pathId(ctx, "groupId", GROUP_NOT_FOUND);
    }

    private static UUID inviteId(Context ctx) {
        return RequestParams.pathId(ctx, "inviteId", INVITE_NOT_FOUND);
    }
}
