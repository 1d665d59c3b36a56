package com.brewski.adapters.http.shop;

import com.brewski.adapters.http.shop.ShopJson.PlacementBody;
import com.brewski.adapters.http.shop.ShopJson.PlacementJson;
import com.brewski.adapters.http.shop.ShopJson.PlacementsBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shop.ClearFeaturedSlot;
import com.brewski.application.shop.ListFeaturedGroups;
import com.brewski.application.shop.PlaceFeaturedGroup;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shop.SlotPosition;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** The homepage's two featured-group slots, for platform staff. */
public final class FeaturedGroupRoutes implements RouteGroup {
    private final ListFeaturedGroups list;
    private final PlaceFeaturedGroup place;
    private final ClearFeaturedSlot clear;
    private final ObjectStore objects;
    private final BodyReader bodies;

    public FeaturedGroupRoutes(ListFeaturedGroups list, PlaceFeaturedGroup place, ClearFeaturedSlot clear, ObjectStore objects,
                               BodyReader bodies) {
        this.list = list;
        this.place = place;
        this.clear = clear;
        this.objects = objects;
        this.bodies = bodies;
    }

    public record Placement(UUID teamId, UUID groupId) {}

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/shop/homepage-featured-groups", Access.PLATFORM_SUPPORT, this::list).returns(PlacementsBody.class),
                Route.put("/shop/homepage-featured-groups/{position}", Access.PLATFORM_SUPPORT, this::place)
                        .accepts(Placement.class).returns(PlacementBody.class),
                Route.delete("/shop/homepage-featured-groups/{position}", Access.PLATFORM_SUPPORT, this::clear).status(204));
    }

    private void list(Context ctx) {
        ctx.json(new PlacementsBody(list.list(caller(ctx)).stream().map(v -> PlacementJson.of(v, objects)).toList()));
    }

    private void place(Context ctx) {
        SlotPosition position = SlotPosition.parse(ctx.pathParam("position"));
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        UUID groupId = body.requiredUuid("groupId");
        ctx.json(new PlacementBody(PlacementJson.of(place.place(caller(ctx), position, teamId, groupId), objects)));
    }

    private void clear(Context ctx) {
        clear.clear(caller(ctx), SlotPosition.parse(ctx.pathParam("position")));
        ctx.status(204);
    }
}
