package com.brewski.adapters.http.heroes;

import com.brewski.adapters.http.heroes.HeroJson.HeroBody;
import com.brewski.adapters.http.heroes.HeroJson.HeroesBody;
import com.brewski.adapters.http.heroes.HeroJson.OneHeroBody;
import com.brewski.adapters.http.heroes.HeroJson.StorefrontHeroesBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.FormFields;
import com.brewski.adapters.http.support.PublicCache;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Uploads;
import com.brewski.application.heroes.CreateHero;
import com.brewski.application.heroes.DeleteHero;
import com.brewski.application.heroes.ListHeroes;
import com.brewski.application.heroes.ReorderHero;
import com.brewski.application.heroes.UpdateHero;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.heroes.ButtonLink;
import com.brewski.domain.heroes.Direction;
import com.brewski.domain.heroes.HeroChange;
import com.brewski.domain.heroes.HeroContent;
import com.brewski.domain.heroes.HeroId;
import com.brewski.domain.heroes.HeroImage;
import com.brewski.domain.heroes.HeroTheme;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * The homepage hero carousel for platform staff (multipart create and update, reorder, delete) and
 * for the storefront ({@code GET /public/hero}, cached for a minute).
 */
public final class HeroRoutes implements RouteGroup {
    static final String IMAGE = "image";

    /** The use cases behind the routes. */
    public record UseCases(ListHeroes list, CreateHero create, UpdateHero update, ReorderHero reorder, DeleteHero delete) {}

    /** The multipart fields of a slide (all optional on update), with the file in {@code image}. */
    public record HeroFields(String category, String title, String message, Boolean showButton, String buttonText,
                             String buttonLink, Integer displaySeconds, String theme) {}

    /** The body of a reorder. */
    public record ReorderRequest(String direction) {}

    private final UseCases useCases;
    private final ObjectStore objects;
    private final BodyReader bodies;

    public HeroRoutes(UseCases useCases, ObjectStore objects, BodyReader bodies) {
        this.useCases = useCases;
        this.objects = objects;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/shop/homepage-hero", Access.PLATFORM_SUPPORT, this::list).returns(HeroesBody.class),
                Route.post("/shop/homepage-hero", Access.PLATFORM_SUPPORT, this::create).status(201)
                        .uploads(HeroImage.MAX_UPLOAD_BYTES).accepts(HeroFields.class).returns(OneHeroBody.class),
                Route.patch("/shop/homepage-hero/{id}", Access.PLATFORM_SUPPORT, this::update)
                        .uploads(HeroImage.MAX_UPLOAD_BYTES).accepts(HeroFields.class).returns(OneHeroBody.class),
                Route.post("/shop/homepage-hero/{id}/reorder", Access.PLATFORM_SUPPORT, this::reorder)
                        .accepts(ReorderRequest.class).returns(HeroesBody.class),
                Route.delete("/shop/homepage-hero/{id}", Access.PLATFORM_SUPPORT, this::delete).returns(HeroesBody.class),
                Route.get("/public/hero", Access.PUBLIC, this::storefront).returns(StorefrontHeroesBody.class));
    }

    private void list(Context ctx) {
        ctx.json(HeroesBody.of(useCases.list().list(caller(ctx)), objects));
    }

    private void create(Context ctx) {
        var caller = caller(ctx);
        byte[] image = Uploads.requiredFile(ctx, IMAGE, HeroImage.MAX_UPLOAD_BYTES);
        FormFields f = FormFields.multipart(ctx);
        Integer seconds = f.integer("displaySeconds");
        HeroContent content = new HeroContent(f.string("category"), f.string("title"), f.string("message"),
                Boolean.TRUE.equals(f.bool("showButton")), f.string("buttonText"), link(f),
                seconds == null ? HeroContent.DEFAULT_SECONDS : seconds, theme(f));
        ctx.status(201).json(new OneHeroBody(HeroBody.of(useCases.create().create(caller, content, image), objects)));
    }

    private void update(Context ctx) {
        var caller = caller(ctx);
        HeroId id = id(ctx);
        FormFields f;
        Optional<byte[]> image = Optional.empty();
        if (FormFields.isMultipart(ctx)) {
            image = optionalImage(ctx);
            f = FormFields.multipart(ctx);
        } else {
            f = FormFields.json(bodies.objectOrEmpty(ctx));
        }
        HeroChange change = new HeroChange(
                patch(f, "category", f::string),
                patch(f, "title", f::string),
                patch(f, "message", f::string),
                patch(f, "showButton", name -> {
                    Boolean value = f.bool(name);
                    if (value == null) throw new InvalidField(name, name + " must be true or false");
                    return value;
                }),
                patch(f, "buttonText", f::string),
                patch(f, "buttonLink", name -> link(f)),
                patch(f, "displaySeconds", name -> {
                    Integer value = f.integer(name);
                    if (value == null) throw new InvalidField(name, name + " must be an integer from 3 to 120");
                    return value;
                }),
                patch(f, "theme", name -> theme(f)));
        ctx.json(new OneHeroBody(HeroBody.of(useCases.update().update(caller, id, change, image), objects)));
    }

    private void reorder(Context ctx) {
        var caller = caller(ctx);
        HeroId id = id(ctx);
        Direction direction = bodies.object(ctx).requiredEnum("direction", Direction::parse);
        ctx.json(HeroesBody.of(useCases.reorder().reorder(caller, id, direction), objects));
    }

    private void delete(Context ctx) {
        ctx.json(HeroesBody.of(useCases.delete().delete(caller(ctx), id(ctx)), objects));
    }

    private void storefront(Context ctx) {
        PublicCache.json(ctx, StorefrontHeroesBody.of(useCases.list().forStorefront(), objects));
    }

    private static ButtonLink link(FormFields f) {
        String raw = f.string("buttonLink");
        return raw == null || raw.isBlank() ? null : new ButtonLink(raw);
    }

    private static HeroTheme theme(FormFields f) {
        String raw = f.string("theme");
        return raw == null || raw.isBlank() ? HeroTheme.DARK : HeroTheme.parse("theme", raw.strip());
    }

    private static <T> Patch<T> patch(FormFields f, String field, Function<String, T> read) {
        return f.has(field) ? Patch.set(read.apply(field)) : Patch.absent();
    }

    private static Optional<byte[]> optionalImage(Context ctx) {
        try {
            if (ctx.uploadedFiles(IMAGE).isEmpty()) return Optional.empty();
        } catch (Exception e) {
            // a form over the limits or one that does not parse: answered by the required read below
        }
        return Optional.of(Uploads.requiredFile(ctx, IMAGE, HeroImage.MAX_UPLOAD_BYTES));
    }

    private static HeroId id(Context ctx) {
        return new HeroId(RequestParams.pathId(ctx, "id", "Hero not found"));
    }
}
