package com.brewski.adapters.http.shop;

import com.brewski.adapters.http.shop.ShopJson.GroupJson;
import com.brewski.adapters.http.shop.ShopJson.GroupsBody;
import com.brewski.adapters.http.shop.ShopJson.PlacementJson;
import com.brewski.adapters.http.shop.ShopJson.PlacementsBody;
import com.brewski.adapters.http.shop.ShopJson.PublicNavigationBody;
import com.brewski.adapters.http.shop.ShopJson.UpsellJson;
import com.brewski.adapters.http.shop.ShopJson.UpsellsBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.PublicCache;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shop.ListPublicFeaturedGroups;
import com.brewski.application.shop.ListPublicGroups;
import com.brewski.application.shop.ListPublicUpsells;
import com.brewski.application.shop.ReadPublicNavigation;
import com.brewski.domain.shop.CouplerType;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

/** The storefront's reads, for anyone, cacheable for a minute (ETag, 304 on If-None-Match). */
public final class StorefrontRoutes implements RouteGroup {
    private final ReadPublicNavigation navigation;
    private final ListPublicUpsells upsells;
    private final ListPublicGroups groups;
    private final ListPublicFeaturedGroups featured;
    private final ObjectStore objects;

    public StorefrontRoutes(ReadPublicNavigation navigation, ListPublicUpsells upsells, ListPublicGroups groups,
                            ListPublicFeaturedGroups featured, ObjectStore objects) {
        this.navigation = navigation;
        this.upsells = upsells;
        this.groups = groups;
        this.featured = featured;
        this.objects = objects;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/public/shop/navigation", Access.PUBLIC, this::navigation).returns(PublicNavigationBody.class),
                Route.get("/public/upsells", Access.PUBLIC, this::upsells).returns(UpsellsBody.class),
                Route.get("/public/groups", Access.PUBLIC, this::groups).returns(GroupsBody.class),
                Route.get("/public/featured-groups", Access.PUBLIC, this::featured).returns(PlacementsBody.class));
    }

    private void navigation(Context ctx) {
        PublicCache.json(ctx, new PublicNavigationBody(navigation.enabled()));
    }

    private void upsells(Context ctx) {
        Optional<CouplerType> coupler = Optional.ofNullable(RequestParams.optionalQuery(ctx, "couplerType"))
                .map(raw -> CouplerType.parse("couplerType", raw));
        PublicCache.json(ctx, new UpsellsBody(upsells.list(coupler).stream().map(u -> UpsellJson.defaultFirst(u, objects)).toList()));
    }

    private void groups(Context ctx) {
        PublicCache.json(ctx, new GroupsBody(groups.list().stream().map(GroupJson::of).toList()));
    }

    private void featured(Context ctx) {
        PublicCache.json(ctx, new PlacementsBody(featured.list().stream().map(v -> PlacementJson.of(v, objects)).toList()));
    }
}
