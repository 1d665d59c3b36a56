package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.identity.IdentityJson.SettingsJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.identity.ManageSettings;
import com.brewski.domain.catalogue.DefaultContainer;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** A team's settings: read by its members, changed (partially) by its owners and admins. */
public final class SettingsRoutes implements RouteGroup {
    private final ManageSettings settings;
    private final BodyReader bodies;

    public SettingsRoutes(ManageSettings settings, BodyReader bodies) {
        this.settings = settings;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/settings", Access.TEAM_MEMBER, this::get),
                Route.put("/settings", Access.TEAM_MANAGER, this::update));
    }

    private void get(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        ctx.json(SettingsJson.of(settings.get(caller(ctx), teamId)));
    }

    private void update(Context ctx) {
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        try {
            SettingsChange change = SettingsChangeJson.read(body, "teamName");
            ctx.json(SettingsJson.of(settings.update(caller(ctx), teamId, change, defaultContainers(body))));
        } catch (InvalidField e) {
            throw onTheWire(e);
        }
    }

    /** {@code defaultContainers: [{id, priceMinor?, selected}]}, when given. */
    private static Optional<List<DefaultContainer>> defaultContainers(JsonBody body) {
        List<JsonBody> items = body.optionalObjects("defaultContainers");
        if (items == null) {
            if (body.has("defaultContainers")) throw new InvalidField("defaultContainers", "defaultContainers cannot be null");
            return Optional.empty();
        }
        return Optional.of(items.stream().map(item -> new DefaultContainer(item.requiredUuid("id"), item.optionalLong("priceMinor"),
                item.has("selected") ? item.requiredBoolean("selected") : true)).toList());
    }

    /** The domain calls the team's name {@code name}; this route's body calls it {@code teamName}. */
    private static InvalidField onTheWire(InvalidField e) {
        if (!"name".equals(e.field())) return e;
        return new InvalidField("teamName", e.getMessage().replaceFirst("^name\\b", "teamName"));
    }
}
