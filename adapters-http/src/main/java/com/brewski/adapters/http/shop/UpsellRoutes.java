package com.brewski.adapters.http.shop;

import com.brewski.adapters.http.shop.ShopJson.UpsellBody;
import com.brewski.adapters.http.shop.ShopJson.UpsellJson;
import com.brewski.adapters.http.shop.ShopJson.UpsellsBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Uploads;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shop.CreateUpsell;
import com.brewski.application.shop.DeleteUpsell;
import com.brewski.application.shop.DeleteUpsellImage;
import com.brewski.application.shop.GetUpsell;
import com.brewski.application.shop.ListUpsells;
import com.brewski.application.shop.MakeUpsellImageDefault;
import com.brewski.application.shop.UpdateUpsell;
import com.brewski.application.shop.UploadUpsellImage;
import com.brewski.application.shop.UpsellChange;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shop.CouplerType;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellImage;
import io.javalin.http.Context;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** The upsell catalogue and its images, for platform staff. */
public final class UpsellRoutes implements RouteGroup {
    private static final Set<String> FIELDS = Set.of("name", "slug", "description", "priceMinor", "currencySymbol",
            "couplerType", "isActive", "displayOrder");

    /** The use cases behind the routes. */
    public record UseCases(ListUpsells list, GetUpsell get, CreateUpsell create, UpdateUpsell update, DeleteUpsell delete,
                           UploadUpsellImage upload, MakeUpsellImageDefault makeDefault, DeleteUpsellImage deleteImage) {}

    private final UseCases useCases;
    private final ObjectStore objects;
    private final BodyReader bodies;

    public UpsellRoutes(UseCases useCases, ObjectStore objects, BodyReader bodies) {
        this.useCases = useCases;
        this.objects = objects;
        this.bodies = bodies;
    }

    /** The fields of a create or update (all optional on update). */
    public record UpsellFields(String name, String slug, String description, Long priceMinor, String currencySymbol,
                               String couplerType, Boolean isActive, Integer displayOrder) {}

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/shop/upsells", Access.PLATFORM_SUPPORT, this::list).returns(UpsellsBody.class),
                Route.get("/shop/upsells/{id}", Access.PLATFORM_SUPPORT, this::get).returns(UpsellBody.class),
                Route.post("/shop/upsells", Access.PLATFORM_SUPPORT, this::create).status(201)
                        .accepts(UpsellFields.class).returns(UpsellBody.class),
                Route.patch("/shop/upsells/{id}", Access.PLATFORM_SUPPORT, this::update)
                        .accepts(UpsellFields.class).returns(UpsellBody.class),
                Route.delete("/shop/upsells/{id}", Access.PLATFORM_SUPPORT, this::delete).status(204),
                Route.post("/shop/upsells/{id}/images", Access.PLATFORM_SUPPORT, this::upload).status(201)
                        .uploads(UpsellImage.MAX_UPLOAD_BYTES).returns(UpsellBody.class),
                Route.patch("/shop/upsells/{id}/images/{imageId}/default", Access.PLATFORM_SUPPORT, this::makeDefault)
                        .returns(UpsellBody.class),
                Route.delete("/shop/upsells/{id}/images/{imageId}", Access.PLATFORM_SUPPORT, this::deleteImage)
                        .returns(UpsellBody.class));
    }

    private void list(Context ctx) {
        boolean includeInactive = includeInactive(RequestParams.optionalQuery(ctx, "includeInactive"));
        ctx.json(new UpsellsBody(useCases.list().list(caller(ctx), includeInactive).stream()
                .map(u -> UpsellJson.of(u, objects)).toList()));
    }

    private static boolean includeInactive(String raw) {
        if (raw == null) return false;
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidField("includeInactive", "includeInactive must be true or false");
        };
    }

    private void get(Context ctx) {
        answer(ctx, 200, useCases.get().get(caller(ctx), id(ctx)));
    }

    private void create(Context ctx) {
        answer(ctx, 201, useCases.create().create(caller(ctx), change(bodies.object(ctx))));
    }

    private void update(Context ctx) {
        UUID id = id(ctx);
        answer(ctx, 200, useCases.update().update(caller(ctx), id, change(bodies.object(ctx))));
    }

    private void delete(Context ctx) {
        useCases.delete().delete(caller(ctx), id(ctx));
        ctx.status(204);
    }

    private void upload(Context ctx) {
        UUID id = id(ctx);
        byte[] image = Uploads.requiredFile(ctx, "image", UpsellImage.MAX_UPLOAD_BYTES);
        boolean setDefault = Uploads.flag(ctx, "setDefault");
        answer(ctx, 201, useCases.upload().upload(caller(ctx), id, image, setDefault));
    }

    private void makeDefault(Context ctx) {
        UUID id = id(ctx);
        answer(ctx, 200, useCases.makeDefault().makeDefault(caller(ctx), id, imageId(ctx)));
    }

    private void deleteImage(Context ctx) {
        UUID id = id(ctx);
        answer(ctx, 200, useCases.deleteImage().delete(caller(ctx), id, imageId(ctx)));
    }

    private void answer(Context ctx, int status, Upsell upsell) {
        ctx.status(status).json(new UpsellBody(UpsellJson.of(upsell, objects)));
    }

    private static UpsellChange change(JsonBody body) {
        for (String field : body.fieldNames()) {
            if (!FIELDS.contains(field)) throw new InvalidField(field, field + " is not a field of an upsell");
        }
        return new UpsellChange(body.stringPatch("name"), body.stringPatch("slug"), body.stringPatch("description"),
                body.longPatch("priceMinor"), body.stringPatch("currencySymbol"),
                body.enumPatch("couplerType", CouplerType::parse), body.booleanPatch("isActive"), body.intPatch("displayOrder"));
    }

    private static UUID id(Context ctx) {
        return RequestParams.pathId(ctx, "id", Upsell.NOT_FOUND);
    }

    private static UUID imageId(Context ctx) {
        return RequestParams.pathId(ctx, "imageId", Upsell.IMAGE_NOT_FOUND);
    }
}
