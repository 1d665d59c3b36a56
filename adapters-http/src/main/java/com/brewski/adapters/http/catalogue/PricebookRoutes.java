package com.brewski.adapters.http.catalogue;

import com.brewski.adapters.http.catalogue.CatalogueJson.ItemBody;
import com.brewski.adapters.http.catalogue.CatalogueJson.PricebookBody;
import com.brewski.adapters.http.catalogue.CatalogueJson.PricebookJson;
import com.brewski.adapters.http.catalogue.CatalogueJson.PricebooksJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.catalogue.ManagePricebooks;
import com.brewski.domain.identity.TeamId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * A team's pricebooks and their items. Listing creates the "Default" pricebook when there is none;
 * deleting one moves its clients to the default.
 */
public final class PricebookRoutes {
    private static final String PRICEBOOK_NOT_FOUND = "Pricebook not found";
    private static final String ITEM_NOT_FOUND = "Pricebook item not found";

    private final ManagePricebooks pricebooks;
    private final BodyReader bodies;

    public PricebookRoutes(ManagePricebooks pricebooks, BodyReader bodies) {
        this.pricebooks = pricebooks;
        this.bodies = bodies;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/pricebooks", this::list);
        routes.post("/pricebooks", this::create);
        routes.patch("/pricebooks/{pricebookId}", this::rename);
        routes.delete("/pricebooks/{pricebookId}", this::delete);
        routes.post("/pricebooks/{pricebookId}/items", this::addItem);
        routes.patch("/pricebooks/{pricebookId}/items/{itemId}", this::changeItem);
        routes.delete("/pricebooks/{pricebookId}/items/{itemId}", this::deleteItem);
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
