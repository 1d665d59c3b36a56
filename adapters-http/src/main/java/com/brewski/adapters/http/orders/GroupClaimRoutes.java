package com.brewski.adapters.http.orders;

import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.orders.OrderJson.FullOrderJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.orders.ClaimGroupOrders;
import com.brewski.application.orders.ManageOrders;
import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderView;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.GroupClaimStatus;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** Group shipping coordination: claim, transfer and release of an order, and a group's claimable orders. */
public final class GroupClaimRoutes implements RouteGroup {
    private static final List<String> SORT_KEYS = List.of("issueDate", "dueDate", "createdAt");

    private final ClaimGroupOrders claims;
    private final ManageOrders orders;
    private final BodyReader bodies;

    public GroupClaimRoutes(ClaimGroupOrders claims, ManageOrders orders, BodyReader bodies) {
        this.claims = claims;
        this.orders = orders;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/orders/{orderId}/group/claim", Access.TEAM_MEMBER, this::claim),
                Route.post("/orders/{orderId}/group/transfer", Access.TEAM_MEMBER, this::transfer),
                Route.post("/orders/{orderId}/group/release", Access.TEAM_MEMBER, this::release),
                Route.get("/groups/{groupId}/orders/claimable", Access.TEAM_MEMBER, this::claimable));
    }

    public record ClaimBody(FullOrderJson order) {
        static ClaimBody of(OrderView view) {
            return new ClaimBody(FullOrderJson.of(view));
        }
    }

    private void claim(Context ctx) {
        UUID orderId = orderId(ctx);
        TeamId team = new TeamId(bodies.object(ctx).requiredUuid("teamId"));
        ctx.json(ClaimBody.of(claims.claim(caller(ctx), orderId, team)));
    }

    private void transfer(Context ctx) {
        UUID orderId = orderId(ctx);
        TeamId team = new TeamId(bodies.object(ctx).requiredUuid("teamId"));
        ctx.json(ClaimBody.of(claims.transfer(caller(ctx), orderId, team)));
    }

    private void release(Context ctx) {
        ctx.json(ClaimBody.of(claims.release(caller(ctx), orderId(ctx))));
    }

    /** The group's unclaimed orders, across its teams, for a member team (oldest first by default). */
    private void claimable(Context ctx) {
        UUID groupId = RequestParams.pathId(ctx, "groupId", "Group not found");
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        Sort sort = RequestParams.sort(ctx, SORT_KEYS, "createdAt", Sort.Direction.ASC);
        OrderQuery query = new OrderQuery(null, groupId, null, null, null, GroupClaimStatus.UNCLAIMED, null, sort,
                RequestParams.page(ctx), null);
        ctx.json(PageBody.of(orders.groupOrders(caller(ctx), teamId, query), sort.key(), sort.direction().wire(),
                OrderJson.OrderRowJson::of));
    }

    private static UUID orderId(Context ctx) {
        return RequestParams.pathId(ctx, "orderId", "Order not found");
    }
}
