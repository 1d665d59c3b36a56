package com.brewski.adapters.http.catalogue;

import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.catalogue.CatalogueJson.BeerBody;
import com.brewski.adapters.http.catalogue.CatalogueJson.BeerJson;
import com.brewski.adapters.http.catalogue.CatalogueJson.ContainerBody;
import com.brewski.adapters.http.catalogue.CatalogueJson.ContainerJson;
import com.brewski.adapters.http.catalogue.CatalogueJson.MultipackBody;
import com.brewski.adapters.http.catalogue.CatalogueJson.MultipackJson;
import com.brewski.adapters.http.catalogue.CatalogueJson.RemovedJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.catalogue.ManageCatalogue;
import com.brewski.application.shared.Sort;
import com.brewski.domain.catalogue.BeerState;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** A team's containers, beers (with hand-counted stock) and multipacks: members read, owners and admins write. */
public final class CatalogueRoutes implements RouteGroup {
    private static final String CONTAINER_NOT_FOUND = "Container not found";
    private static final String BEER_NOT_FOUND = "Beer not found";
    private static final String MULTIPACK_NOT_FOUND = "Multipack not found";

    private final ManageCatalogue catalogue;
    private final BodyReader bodies;

    public CatalogueRoutes(ManageCatalogue catalogue, BodyReader bodies) {
        this.catalogue = catalogue;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/containers", Access.TEAM_MEMBER, this::containers),
                Route.post("/containers", Access.TEAM_MANAGER, this::createContainer).status(201).returns(ContainerBody.class),
                Route.post("/containers/remove-unused", Access.TEAM_MANAGER, this::removeUnusedContainers).returns(RemovedJson.class),
                Route.patch("/containers/{containerId}", Access.TEAM_MANAGER, this::changeContainer).returns(ContainerBody.class),
                Route.delete("/containers/{containerId}", Access.TEAM_MANAGER, this::deleteContainer).status(204),
                Route.get("/beers", Access.TEAM_MEMBER, this::beers),
                Route.post("/beers", Access.TEAM_MANAGER, this::createBeer).status(201).returns(BeerBody.class),
                Route.get("/beers/{beerId}", Access.TEAM_MEMBER, this::beer).returns(BeerBody.class),
                Route.patch("/beers/{beerId}", Access.TEAM_MANAGER, this::changeBeer).returns(BeerBody.class),
                Route.put("/beers/{beerId}/stock", Access.TEAM_MANAGER, this::setStock).returns(BeerBody.class),
                Route.get("/multipacks", Access.TEAM_MEMBER, this::multipacks),
                Route.post("/multipacks", Access.TEAM_MANAGER, this::createMultipack).status(201).returns(MultipackBody.class),
                Route.patch("/multipacks/{multipackId}", Access.TEAM_MANAGER, this::changeMultipack).returns(MultipackBody.class),
                Route.delete("/multipacks/{multipackId}", Access.TEAM_MANAGER, this::deleteMultipack).status(204));
    }

    // ---- containers

    private void containers(Context ctx) {
        TeamId teamId = teamIdQuery(ctx);
        Sort sort = RequestParams.sort(ctx, List.of("name", "volumeMl", "createdAt"), "name");
        var page = catalogue.containers(caller(ctx), teamId, sort, RequestParams.page(ctx));
        ctx.json(PageBody.of(page, sort.key(), sort.direction().wire(), ContainerJson::of));
    }

    private void createContainer(Context ctx) {
        JsonBody body = bodies.object(ctx);
        Boolean isReturnable = body.optionalBoolean("isReturnable");
        var input = new ManageCatalogue.NewContainer(new TeamId(body.requiredUuid("teamId")), body.optionalString("name"),
                body.optionalEnum("containerType", ContainerType::parse), body.optionalInt("volumeMl"),
                body.optionalInt("defaultBbeMonths"), isReturnable, body.optionalLong("depositMinor"));
        ctx.status(201).json(ContainerBody.of(catalogue.createContainer(caller(ctx), input)));
    }

    private void changeContainer(Context ctx) {
        UUID containerId = RequestParams.pathId(ctx, "containerId", CONTAINER_NOT_FOUND);
        JsonBody body = bodies.object(ctx);
        var change = new ManageCatalogue.ContainerChange(body.stringPatch("name"),
                body.enumPatch("containerType", ContainerType::parse), body.intPatch("volumeMl"),
                body.intPatch("defaultBbeMonths"), body.booleanPatch("isReturnable"), body.longPatch("depositMinor"));
        ctx.json(ContainerBody.of(catalogue.changeContainer(caller(ctx), containerId, change)));
    }

    private void deleteContainer(Context ctx) {
        catalogue.deleteContainer(caller(ctx), RequestParams.pathId(ctx, "containerId", CONTAINER_NOT_FOUND));
        ctx.status(204);
    }

    private void removeUnusedContainers(Context ctx) {
        TeamId teamId = new TeamId(bodies.object(ctx).requiredUuid("teamId"));
        ctx.json(new RemovedJson(catalogue.removeUnusedContainers(caller(ctx), teamId)));
    }

    // ---- beers

    private void beers(Context ctx) {
        TeamId teamId = teamIdQuery(ctx);
        Sort sort = RequestParams.sort(ctx, List.of("name", "createdAt"), "name");
        var page = catalogue.beers(caller(ctx), teamId, sort, RequestParams.page(ctx));
        ctx.json(PageBody.of(page, sort.key(), sort.direction().wire(), BeerJson::of));
    }

    private void beer(Context ctx) {
        ctx.json(BeerBody.of(catalogue.beer(caller(ctx), beerId(ctx))));
    }

    private void createBeer(Context ctx) {
        JsonBody body = bodies.object(ctx);
        Boolean showPublic = body.optionalBoolean("showPublic");
        var input = new ManageCatalogue.NewBeer(new TeamId(body.requiredUuid("teamId")), body.optionalString("name"),
                body.optionalString("style"), body.optionalDecimal("targetAbv"), body.optionalString("colorHex"),
                showPublic != null && showPublic, body.requiredEnum("inventoryMode", InventoryMode::parse));
        ctx.status(201).json(BeerBody.of(catalogue.createBeer(caller(ctx), input)));
    }

    private void changeBeer(Context ctx) {
        UUID beerId = beerId(ctx);
        JsonBody body = bodies.object(ctx);
        if (body.has("inventoryMode")) throw new InvalidField("inventoryMode", "inventoryMode cannot be changed");
        var change = new ManageCatalogue.BeerChange(body.stringPatch("name"), body.stringPatch("style"),
                body.enumPatch("state", BeerState::parse), body.decimalPatch("targetAbv"), body.stringPatch("colorHex"),
                body.booleanPatch("showPublic"));
        ctx.json(BeerBody.of(catalogue.changeBeer(caller(ctx), beerId, change)));
    }

    private void setStock(Context ctx) {
        UUID beerId = beerId(ctx);
        JsonBody body = bodies.object(ctx);
        UUID containerId = body.requiredUuid("containerId");
        ctx.json(BeerBody.of(catalogue.setStock(caller(ctx), beerId, containerId, body.optionalDecimal("quantity"))));
    }

    // ---- multipacks

    private void multipacks(Context ctx) {
        TeamId teamId = teamIdQuery(ctx);
        Sort sort = RequestParams.sort(ctx, List.of("name", "createdAt"), "name");
        var page = catalogue.multipacks(caller(ctx), teamId, sort, RequestParams.page(ctx));
        ctx.json(PageBody.of(page, sort.key(), sort.direction().wire(), MultipackJson::of));
    }

    private void createMultipack(Context ctx) {
        JsonBody body = bodies.object(ctx);
        var input = new ManageCatalogue.NewMultipack(new TeamId(body.requiredUuid("teamId")), body.optionalString("name"),
                body.optionalInt("packSize"), body.optionalUuid("beerId"), body.optionalUuid("containerId"),
                body.optionalLong("defaultPriceMinor"));
        ctx.status(201).json(MultipackBody.of(catalogue.createMultipack(caller(ctx), input)));
    }

    private void changeMultipack(Context ctx) {
        UUID multipackId = RequestParams.pathId(ctx, "multipackId", MULTIPACK_NOT_FOUND);
        JsonBody body = bodies.object(ctx);
        var change = new ManageCatalogue.MultipackChange(body.stringPatch("name"), body.intPatch("packSize"),
                body.uuidPatch("beerId"), body.uuidPatch("containerId"), body.longPatch("defaultPriceMinor"));
        ctx.json(MultipackBody.of(catalogue.changeMultipack(caller(ctx), multipackId, change)));
    }

    private void deleteMultipack(Context ctx) {
        catalogue.deleteMultipack(caller(ctx), RequestParams.pathId(ctx, "multipackId", MULTIPACK_NOT_FOUND));
        ctx.status(204);
    }

    // ---

    static TeamId teamIdQuery(Context ctx) {
        return new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
    }

    private static UUID beerId(Context ctx) {
        return RequestParams.pathId(ctx, "beerId", BEER_NOT_FOUND);
    }
}
