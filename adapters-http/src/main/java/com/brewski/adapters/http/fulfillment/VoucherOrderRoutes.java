package com.brewski.adapters.http.fulfillment;

import com.brewski.adapters.http.fulfillment.VoucherJson.AlertJson;
import com.brewski.adapters.http.fulfillment.VoucherJson.OrderBody;
import com.brewski.adapters.http.fulfillment.VoucherJson.OrderJson;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.fulfillment.PlaceVoucherOrder;
import com.brewski.application.fulfillment.ReadAdminAlerts;
import com.brewski.application.fulfillment.ReadVoucherOrders;
import com.brewski.domain.fulfillment.AlertStatus;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.fulfillment.VoucherOrderStatus;
import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** Public voucher checkout, and the operators' view of orders and alerts. */
public final class VoucherOrderRoutes implements RouteGroup {
    private final PlaceVoucherOrder place;
    private final ReadVoucherOrders orders;
    private final ReadAdminAlerts alerts;
    private final BodyReader bodies;

    public VoucherOrderRoutes(PlaceVoucherOrder place, ReadVoucherOrders orders, ReadAdminAlerts alerts, BodyReader bodies) {
        this.place = place;
        this.orders = orders;
        this.alerts = alerts;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/public/voucher-orders", Access.PUBLIC, this::checkout).status(201).returns(OrderBody.class),
                Route.get("/admin/orders", Access.PLATFORM_SUPPORT, this::list),
                Route.get("/admin/orders/{id}", Access.PLATFORM_SUPPORT, this::order).returns(OrderBody.class),
                Route.get("/admin/alerts", Access.PLATFORM_SUPPORT, this::alerts));
    }

    private void checkout(Context ctx) {
        JsonBody body = bodies.object(ctx);
        Email email = new Email(body.optionalString("email"));
        List<JsonBody> items = body.optionalObjects("items");
        if (items == null || items.isEmpty()) throw new InvalidField("items", "items must have at least one entry");
        if (items.size() > VoucherOrder.MAX_ITEMS) throw new InvalidField("items", "items must have at most " + VoucherOrder.MAX_ITEMS + " entries");
        List<PlaceVoucherOrder.Line> lines = new ArrayList<>();
        for (JsonBody item : items)
            lines.add(new PlaceVoucherOrder.Line(new VariantId(VoucherParams.requiredId(item, "variantId")), item.requiredInt("quantity")));
        VoucherOrder order = place.place(ctx.ip(), email, lines);
        ctx.status(201).json(new OrderBody(OrderJson.of(order, List.of())));
    }

    private void list(Context ctx) {
        VoucherOrderStatus status = RequestParams.optionalEnumQuery(ctx, "status", VoucherOrderStatus::parse);
        ctx.json(PageBody.of(orders.page(status, RequestParams.page(ctx)), "createdAt", "desc", OrderJson::of));
    }

    private void order(Context ctx) {
        long id = VoucherParams.pathId(ctx, "id", "Order not found", "ORDER_NOT_FOUND");
        ctx.json(new OrderBody(OrderJson.of(orders.order(new VoucherOrderId(id)))));
    }

    private void alerts(Context ctx) {
        AlertStatus status = RequestParams.optionalEnumQuery(ctx, "status", AlertStatus::parse);
        Long orderId = VoucherParams.optionalIdQuery(ctx, "orderId");
        ctx.json(PageBody.of(alerts.page(status, orderId == null ? null : new VoucherOrderId(orderId), RequestParams.page(ctx)),
                "createdAt", "desc", AlertJson::of));
    }
}
