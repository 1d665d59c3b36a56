package com.brewski.adapters.http.orders;

import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.orders.OrderJson.ItemAddedBody;
import com.brewski.adapters.http.orders.OrderJson.OrderBody;
import com.brewski.adapters.http.orders.OrderJson.SummaryBody;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.orders.ManageOrders;
import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderState;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.OrderStatus;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** A team's orders: creation, reading, changes, dispatch, line items, lists (own and group) and counts. */
public final class OrderRoutes implements RouteGroup {
    private static final String ORDER_NOT_FOUND = "Order not found";
    private static final String ITEM_NOT_FOUND = "Item not found";
    private static final List<String> SORT_KEYS = List.of("issueDate", "dueDate", "createdAt");

    private final ManageOrders orders;
    private final BodyReader bodies;

    public OrderRoutes(ManageOrders orders, BodyReader bodies) {
        this.orders = orders;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/orders/summary", Access.TEAM_MEMBER, this::summary).returns(SummaryBody.class), // before /orders/{orderId}, which it would otherwise match
                Route.get("/orders", Access.TEAM_MEMBER, this::list),
                Route.post("/orders", Access.TEAM_MEMBER, this::create).status(201).returns(OrderBody.class),
                Route.get("/orders/{orderId}", Access.TEAM_MEMBER, this::get).returns(OrderBody.class),
                Route.patch("/orders/{orderId}", Access.TEAM_MEMBER, this::update).returns(OrderBody.class),
                Route.patch("/orders/{orderId}/dispatch", Access.TEAM_MEMBER, this::dispatch).returns(OrderBody.class),
                Route.post("/orders/{orderId}/items", Access.TEAM_MEMBER, this::addItem).status(201).returns(ItemAddedBody.class),
                Route.patch("/orders/{orderId}/items/{itemId}", Access.TEAM_MEMBER, this::changeItem).returns(OrderBody.class),
                Route.delete("/orders/{orderId}/items/{itemId}", Access.TEAM_MEMBER, this::removeItem).returns(OrderBody.class),
                Route.get("/group-orders", Access.TEAM_MEMBER, this::groupOrders));
    }

    private void create(Context ctx) {
        var input = OrderInputJson.newOrder(bodies.object(ctx));
        ctx.status(201).json(OrderBody.of(orders.create(caller(ctx), input)));
    }

    private void get(Context ctx) {
        ctx.json(OrderBody.of(orders.get(caller(ctx), orderId(ctx))));
    }

    private void update(Context ctx) {
        UUID orderId = orderId(ctx);
        var input = OrderInputJson.orderUpdate(bodies.object(ctx));
        ctx.json(OrderBody.of(orders.update(caller(ctx), orderId, input)));
    }

    private void dispatch(Context ctx) {
        UUID orderId = orderId(ctx);
        DispatchStatus status = bodies.object(ctx).requiredEnum("dispatchStatus", DispatchStatus::parse);
        ctx.json(OrderBody.of(orders.dispatch(caller(ctx), orderId, status)));
    }

    private void addItem(Context ctx) {
        UUID orderId = orderId(ctx);
        var input = OrderInputJson.newLine(bodies.object(ctx));
        ctx.status(201).json(ItemAddedBody.of(orders.addItem(caller(ctx), orderId, input)));
    }

    private void changeItem(Context ctx) {
        UUID orderId = orderId(ctx);
        UUID itemId = itemId(ctx);
        var change = OrderInputJson.lineChange(bodies.object(ctx));
        ctx.json(OrderBody.of(orders.changeItem(caller(ctx), orderId, itemId, change)));
    }

    private void removeItem(Context ctx) {
        UUID orderId = orderId(ctx);
        UUID itemId = itemId(ctx);
        ctx.json(OrderBody.of(orders.removeItem(caller(ctx), orderId, itemId)));
    }

    private void list(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        OrderState state = RequestParams.optionalEnumQuery(ctx, "state", OrderState::parse);
        OrderStatus status = RequestParams.optionalEnumQuery(ctx, "status", OrderStatus::parse);
        DispatchStatus dispatchStatus = RequestParams.optionalEnumQuery(ctx, "dispatchStatus", DispatchStatus::parse);
        UUID groupId = RequestParams.optionalUuidQuery(ctx, "groupId");
        GroupClaimStatus claimStatus = RequestParams.optionalEnumQuery(ctx, "groupClaimStatus", GroupClaimStatus::parse);
        Sort sort = sort(ctx, "issueDate");
        OrderQuery query = new OrderQuery(teamId, groupId, state, status, dispatchStatus, claimStatus, null, sort,
                RequestParams.page(ctx), null);
        ctx.json(OrderJson.page(orders.list(caller(ctx), query), teamId, query));
    }

    private void groupOrders(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        UUID groupId = RequestParams.requiredUuidQuery(ctx, "groupId");
        GroupClaimStatus claimStatus = RequestParams.optionalEnumQuery(ctx, "groupClaimStatus", GroupClaimStatus::parse);
        Sort sort = sort(ctx, "createdAt");
        OrderQuery query = new OrderQuery(null, groupId, null, null, null, claimStatus,
                RequestParams.optionalQuery(ctx, "search"), sort, RequestParams.page(ctx), null);
        ctx.json(OrderJson.page(orders.groupOrders(caller(ctx), teamId, query), teamId, query));
    }

    private void summary(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        ctx.json(SummaryBody.of(teamId, orders.counts(caller(ctx), teamId)));
    }

    private static Sort sort(Context ctx, String defaultKey) {
        return RequestParams.sort(ctx, SORT_KEYS, defaultKey, Sort.Direction.DESC);
    }

    /**
     * The day a list's due flags and {@code state=due} are computed for: {@link OrderQuery} takes it
     * from its caller. UTC, like the server's clock.
     */

    private static UUID orderId(Context ctx) {
        return RequestParams.pathId(ctx, "orderId", ORDER_NOT_FOUND);
    }

    private static UUID itemId(Context ctx) {
        return RequestParams.pathId(ctx, "itemId", ITEM_NOT_FOUND);
    }
}
