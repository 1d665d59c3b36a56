package com.brewski.adapters.http.catalogue;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.catalogue.CatalogueJson.ItemBody;
import com.brewski.adapters.http.catalogue.CatalogueJson.PricebookBody;
import com.brewski.adapters.http.catalogue.CatalogueJson.PricebookJson;
import com.brewski.adapters.http.catalogue.CatalogueJson.PricebooksJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.catalogue.ManagePricebooks;
import com.brewski.domain.identity.TeamId;
import io.javalin.http.Context;

import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * A team's pricebooks and their items. Listing creates the "Default" pricebook when there is none;
 * deleting one moves its clients to the default.
 */
public final class PricebookRoutes implements RouteGroup {
    private static final String PRICEBOOK_NOT_FOUND = "Pricebook not found";
    private static final String ITEM_NOT_FOUND = "Pricebook item not found";

    private final ManagePricebooks pricebooks;
    private final BodyReader bodies;

    public PricebookRoutes(ManagePricebooks pricebooks, BodyReader bodies) {
        this.pricebooks = pricebooks;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/pricebooks", Access.TEAM_MEMBER, this::list),
                Route.post("/pricebooks", Access.TEAM_MANAGER, this::create).status(201),
                Route.patch("/pricebooks/{pricebookId}", Access.TEAM_MANAGER, this::rename),
                Route.delete("/pricebooks/{pricebookId}", Access.TEAM_MANAGER, this::delete).status(204),
                Route.post("/pricebooks/{pricebookId}/items", Access.TEAM_MANAGER, this::addItem).status(201),
                Route.patch("/pricebooks/{pricebookId}/items/{itemId}", Access.TEAM_MANAGER, this::changeItem),
                Route.delete("/pricebooks/{pricebookId}/items/{itemId}", Access.TEAM_MANAGER, this::deleteItem).status(204));
    }

    private void list(Context ctx) {
        TeamId teamId = CatalogueRoutes.teamIdQuery(ctx);
        ctx.json(new PricebooksJson(pricebooks.list(caller(ctx), teamId).stream().map(PricebookJson::of).toList()));
    }

    private void create(Context ctx) {
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        ctx.status(201).json(PricebookBody.of(pricebooks.create(caller(ctx), teamId, body.optionalString("name"))));
    }

    private void rename(Context ctx) {
        UUID pricebookId = pricebookId(ctx);
        String name = bodies.object(ctx).optionalString("name");
        ctx.json(PricebookBody.of(pricebooks.rename(caller(ctx), pricebookId, name)));
    }

    private void delete(Context ctx) {
        pricebooks.delete(caller(ctx), pricebookId(ctx));
        ctx.status(204);
    }

    private void addItem(Context ctx) {
        UUID pricebookId = pricebookId(ctx);
        JsonBody body = bodies.object(ctx);
        var input = new ManagePricebooks.NewItem(body.optionalUuid("beerId"), body.optionalUuid("containerId"),
                body.optionalUuid("multipackId"), body.optionalLong("priceMinor"), body.optionalDecimal("discountPercent"),
                body.optionalBoolean("enabled"));
        ctx.status(201).json(ItemBody.of(pricebooks.addItem(caller(ctx), pricebookId, input)));
    }

    private void changeItem(Context ctx) {
        UUID pricebookId = pricebookId(ctx);
        UUID itemId = itemId(ctx);
        JsonBody body = bodies.object(ctx);
        var change = new ManagePricebooks.ItemChange(body.longPatch("priceMinor"), body.decimalPatch("discountPercent"),
                body.booleanPatch("enabled"));
        ctx.json(ItemBody.of(pricebooks.changeItem(caller(ctx), pricebookId, itemId, change)));
    }

    private void deleteItem(Context ctx) {
        UUID pricebookId = pricebookId(ctx);
        pricebooks.deleteItem(caller(ctx), pricebookId, itemId(ctx));
        ctx.status(204);
    }

    private static UUID pricebookId(Context ctx) {
        return RequestParams.pathId(ctx, "pricebookId", PRICEBOOK_NOT_FOUND);
    }

    private static UUID itemId(Context ctx) {
        return RequestParams.pathId(ctx, "itemId", ITEM_NOT_FOUND);
    }
}
