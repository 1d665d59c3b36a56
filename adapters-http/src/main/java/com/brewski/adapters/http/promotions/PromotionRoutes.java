package com.brewski.adapters.http.promotions;

import com.brewski.adapters.http.promotions.PromotionJson.CurrentPromotionBody;
import com.brewski.adapters.http.promotions.PromotionJson.DefaultBody;
import com.brewski.adapters.http.promotions.PromotionJson.OnePromotionBody;
import com.brewski.adapters.http.promotions.PromotionJson.PromotionBody;
import com.brewski.adapters.http.promotions.PromotionJson.PromotionsBody;
import com.brewski.adapters.http.promotions.PromotionJson.StorefrontPromotionBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.FormFields;
import com.brewski.adapters.http.support.PublicCache;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Uploads;
import com.brewski.application.promotions.CreatePromotion;
import com.brewski.application.promotions.DeletePromotion;
import com.brewski.application.promotions.ListPromotions;
import com.brewski.application.promotions.MakePromotionDefault;
import com.brewski.application.promotions.ShowCurrentPromotion;
import com.brewski.application.promotions.UpdatePromotion;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionChange;
import com.brewski.domain.promotions.PromotionDetails;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.promotions.TextBackground;
import com.brewski.domain.promotions.TextColor;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * Homepage promotions for platform staff (multipart create; multipart or JSON update), and the
 * storefront's current promotion ({@code GET /public/team-promotion}, cached for a minute).
 */
public final class PromotionRoutes implements RouteGroup {
    static final String IMAGE = "image";
    private static final Set<String> FIELDS = Set.of("teamId", "startsAt", "mainTitle", "mainDescription", "imageTitle",
            "imageDescription", "textNeedsBackground", "textBackground", "textColor");

    /** The use cases behind the routes. */
    public record UseCases(ListPromotions list, CreatePromotion create, UpdatePromotion update,
                           MakePromotionDefault makeDefault, DeletePromotion delete, ShowCurrentPromotion current) {}

    /** The fields of a create (multipart, with the file in {@code image}) or an update (any subset). */
    public record PromotionFields(UUID teamId, String startsAt, String mainTitle, String mainDescription, String imageTitle,
                                  String imageDescription, Boolean textNeedsBackground, String textBackground,
                                  String textColor) {}

    private final UseCases useCases;
    private final ObjectStore objects;
    private final BodyReader bodies;

    public PromotionRoutes(UseCases useCases, ObjectStore objects, BodyReader bodies) {
        this.useCases = useCases;
        this.objects = objects;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/shop/homepage-promotions", Access.PLATFORM_SUPPORT, this::list).returns(PromotionsBody.class),
                Route.post("/shop/homepage-promotions", Access.PLATFORM_SUPPORT, this::create).status(201)
                        .uploads(Promotion.MAX_UPLOAD_BYTES).accepts(PromotionFields.class).returns(OnePromotionBody.class),
                Route.get("/shop/homepage-promotions/current", Access.PLATFORM_SUPPORT, this::current)
                        .returns(CurrentPromotionBody.class),
                Route.patch("/shop/homepage-promotions/{id}", Access.PLATFORM_SUPPORT, this::update)
                        .uploads(Promotion.MAX_UPLOAD_BYTES).accepts(PromotionFields.class).returns(OnePromotionBody.class),
                Route.post("/shop/homepage-promotions/{id}/default", Access.PLATFORM_SUPPORT, this::makeDefault)
                        .returns(DefaultBody.class),
                Route.delete("/shop/homepage-promotions/{id}", Access.PLATFORM_SUPPORT, this::delete).status(204),
                Route.get("/public/team-promotion", Access.PUBLIC, this::storefront).returns(StorefrontPromotionBody.class));
    }

    private void list(Context ctx) {
        ctx.json(PromotionsBody.of(useCases.list().list(caller(ctx)), objects));
    }

    private void create(Context ctx) {
        var caller = caller(ctx);
        byte[] image = Uploads.requiredFile(ctx, IMAGE, Promotion.MAX_UPLOAD_BYTES);
        FormFields form = FormFields.multipart(ctx);
        TeamId teamId = required(form, "teamId", f -> new TeamId(form.uuid(f)));
        Instant startsAt = required(form, "startsAt", f -> PromotionDetails.parseStartsAt(f, form.string(f)));
        PromotionDetails details = new PromotionDetails(teamId, startsAt, form.string("mainTitle"),
                form.string("mainDescription"), form.string("imageTitle"), form.string("imageDescription"),
                Boolean.TRUE.equals(form.bool("textNeedsBackground")),
                choice(form, "textBackground", TextBackground::parse), choice(form, "textColor", TextColor::parse));
        ctx.status(201).json(new OnePromotionBody(PromotionBody.of(useCases.create().create(caller, details, image), objects)));
    }

    private void update(Context ctx) {
        var caller = caller(ctx);
        PromotionId id = id(ctx);
        FormFields fields;
        Optional<byte[]> image = Optional.empty();
        if (FormFields.isMultipart(ctx)) {
            image = optionalImage(ctx);
            fields = FormFields.multipart(ctx);
        } else {
            fields = FormFields.json(bodies.objectOrEmpty(ctx));
            for (String name : fields.names())
                if (!FIELDS.contains(name)) throw new InvalidField(name, name + " is not a field of a promotion");
        }
        PromotionChange change = change(fields);
        ctx.json(new OnePromotionBody(PromotionBody.of(useCases.update().update(caller, id, change, image), objects)));
    }

    private void makeDefault(Context ctx) {
        ctx.json(DefaultBody.of(useCases.makeDefault().makeDefault(caller(ctx), id(ctx)), objects));
    }

    private void delete(Context ctx) {
        useCases.delete().delete(caller(ctx), id(ctx));
        ctx.status(204);
    }

    private void current(Context ctx) {
        ctx.json(CurrentPromotionBody.of(useCases.current().current(caller(ctx)), objects));
    }

    private void storefront(Context ctx) {
        PublicCache.json(ctx, StorefrontPromotionBody.of(useCases.current().forStorefront(), objects));
    }

    private static PromotionChange change(FormFields f) {
        return new PromotionChange(
                patch(f, "teamId", name -> {
                    UUID team = f.uuid(name);
                    return team == null ? null : new TeamId(team);
                }),
                patch(f, "startsAt", name -> {
                    String raw = f.string(name);
                    return raw == null || raw.isBlank() ? null : PromotionDetails.parseStartsAt(name, raw);
                }),
                patch(f, "mainTitle", f::string),
                patch(f, "mainDescription", f::string),
                patch(f, "imageTitle", f::string),
                patch(f, "imageDescription", f::string),
                patch(f, "textNeedsBackground", name -> {
                    Boolean value = f.bool(name);
                    if (value == null) throw new InvalidField(name, name + " must be true or false");
                    return value;
                }),
                patch(f, "textBackground", name -> choice(f, name, TextBackground::parse)),
                patch(f, "textColor", name -> choice(f, name, TextColor::parse)));
    }

    private static <T> Patch<T> patch(FormFields f, String field, Function<String, T> read) {
        return f.has(field) ? Patch.set(read.apply(field)) : Patch.absent();
    }

    private static <T> T required(FormFields f, String field, Function<String, T> read) {
        String raw = f.string(field);
        if (raw == null || raw.isBlank()) throw new InvalidField(field, field + " is required");
        return read.apply(field);
    }

    /** An enumerated field; absent or {@code ""} is null. */
    private static <E> E choice(FormFields f, String field, BiFunction<String, String, E> parse) {
        String raw = f.string(field);
        if (raw == null || raw.isBlank()) return null;
        return parse.apply(field, raw.strip());
    }

    private static Optional<byte[]> optionalImage(Context ctx) {
        try {
            if (ctx.uploadedFiles(IMAGE).isEmpty()) return Optional.empty();
        } catch (Exception e) {
            // a form over the limits or one that does not parse: answered by the required read below
        }
        return Optional.of(Uploads.requiredFile(ctx, IMAGE, Promotion.MAX_UPLOAD_BYTES));
    }

    private static PromotionId id(Context ctx) {
        return new PromotionId(RequestParams.pathId(ctx, "id", "Promotion not found"));
    }
}
