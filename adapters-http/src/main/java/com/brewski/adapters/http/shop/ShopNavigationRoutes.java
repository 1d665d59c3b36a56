package com.brewski.adapters.http.shop;

import com.brewski.adapters.http.shop.ShopJson.NavigationItemBody;
import com.brewski.adapters.http.shop.ShopJson.NavigationItemJson;
import com.brewski.adapters.http.shop.ShopJson.NavigationItemsBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.shop.ListNavigation;
import com.brewski.application.shop.ToggleNavigationItem;
import io.javalin.http.Context;

import java.util.List;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** The navigation registry for platform staff: list (seeding every known toggle) and switch a toggle. */
public final class ShopNavigationRoutes implements RouteGroup {
    private final ListNavigation list;
    private final ToggleNavigationItem toggle;
    private final BodyReader bodies;

    public ShopNavigationRoutes(ListNavigation list, ToggleNavigationItem toggle, BodyReader bodies) {
        this.list = list;
        this.toggle = toggle;
        this.bodies = bodies;
    }

    public record Toggle(boolean enabled) {}

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/shop/navigation", Access.PLATFORM_SUPPORT, this::list).returns(NavigationItemsBody.class),
                Route.patch("/shop/navigation/{id}", Access.PLATFORM_SUPPORT, this::toggle)
                        .accepts(Toggle.class).returns(NavigationItemBody.class));
    }

    private void list(Context ctx) {
        ctx.json(new NavigationItemsBody(list.list(caller(ctx)).stream().map(NavigationItemJson::of).toList()));
    }

    private void toggle(Context ctx) {
        var id = RequestParams.pathId(ctx, "id", "Navigation item not found");
        boolean enabled = bodies.object(ctx).requiredBoolean("enabled");
        ctx.json(new NavigationItemBody(NavigationItemJson.of(toggle.toggle(caller(ctx), id, enabled))));
    }
}
