package com.brewski.adapters.http.clients;

import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.clients.ClientJson.ClientBody;
import com.brewski.adapters.http.clients.ClientJson.ClientRowJson;
import com.brewski.adapters.http.clients.ClientJson.DeliverySiteBody;
import com.brewski.adapters.http.clients.ClientJson.FoundJson;
import com.brewski.adapters.http.clients.ClientJson.SearchJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.clients.Clients;
import com.brewski.application.clients.ManageClients;
import com.brewski.application.shared.Sort;
import com.brewski.domain.clients.Address;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** A team's trade clients and their delivery sites: members read, owners and admins write. */
public final class ClientRoutes implements RouteGroup {
    private static final String CLIENT_NOT_FOUND = "Client not found";
    private static final String SITE_NOT_FOUND = "Delivery site not found";

    private final ManageClients clients;
    private final BodyReader bodies;

    public ClientRoutes(ManageClients clients, BodyReader bodies) {
        this.clients = clients;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/clients", Access.TEAM_MEMBER, this::list),
                Route.get("/clients/search", Access.TEAM_MEMBER, this::search),
                Route.post("/clients", Access.TEAM_MANAGER, this::create).status(201),
                Route.get("/clients/{clientId}", Access.TEAM_MEMBER, this::get),
                Route.patch("/clients/{clientId}", Access.TEAM_MANAGER, this::update),
                Route.post("/clients/{clientId}/delivery-sites", Access.TEAM_MANAGER, this::addSite).status(201),
                Route.patch("/clients/{clientId}/delivery-sites/{siteId}", Access.TEAM_MANAGER, this::changeSite),
                Route.delete("/clients/{clientId}/delivery-sites/{siteId}", Access.TEAM_MANAGER, this::deleteSite).status(204));
    }

    private void list(Context ctx) {
        TeamId teamId = teamIdQuery(ctx);
        Clients.Filter filter = filter(ctx.queryParam("filter"));
        Integer recentDays = RequestParams.optionalIntQuery(ctx, "recentDays");
        Sort sort = RequestParams.sort(ctx, List.of("name", "lastOrderedAt"), "name");
        var page = clients.list(caller(ctx), teamId, filter, recentDays, sort, RequestParams.page(ctx));
        ctx.json(PageBody.of(page, sort.key(), sort.direction().wire(), ClientRowJson::of));
    }

    private void search(Context ctx) {
        TeamId teamId = teamIdQuery(ctx);
        Integer limit = RequestParams.optionalIntQuery(ctx, "limit");
        var found = clients.search(caller(ctx), teamId, RequestParams.textQuery(ctx, "query"), limit);
        ctx.json(new SearchJson(found.stream().map(FoundJson::of).toList()));
    }

    private void get(Context ctx) {
        ctx.json(ClientBody.of(clients.get(caller(ctx), clientId(ctx))));
    }

    private void create(Context ctx) {
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        ctx.status(201).json(ClientBody.of(clients.create(caller(ctx), teamId, fields(body))));
    }

    private void update(Context ctx) {
        UUID clientId = clientId(ctx);
        ManageClients.ClientFields fields = fields(bodies.object(ctx));
        ctx.json(ClientBody.of(clients.update(caller(ctx), clientId, fields)));
    }

    private void addSite(Context ctx) {
        UUID clientId = clientId(ctx);
        ManageClients.SiteFields fields = siteFields(bodies.object(ctx));
        ctx.status(201).json(DeliverySiteBody.of(clients.addSite(caller(ctx), clientId, fields)));
    }

    private void changeSite(Context ctx) {
        UUID clientId = clientId(ctx);
        UUID siteId = siteId(ctx);
        ManageClients.SiteFields fields = siteFields(bodies.object(ctx));
        ctx.json(DeliverySiteBody.of(clients.changeSite(caller(ctx), clientId, siteId, fields)));
    }

    private void deleteSite(Context ctx) {
        UUID clientId = clientId(ctx);
        clients.deleteSite(caller(ctx), clientId, siteId(ctx));
        ctx.status(204);
    }

    // ---

    private static ManageClients.ClientFields fields(JsonBody body) {
        return new ManageClients.ClientFields(body.stringPatch("name"), body.stringPatch("contactEmail"),
                body.stringPatch("contactPhone"), body.objectPatch("address", ClientRoutes::address),
                body.objectPatch("billingAddress", ClientRoutes::address), body.stringPatch("awrsNumber"),
                body.uuidPatch("pricebookId"), body.stringPatch("notes"));
    }

    private static ManageClients.SiteFields siteFields(JsonBody body) {
        return new ManageClients.SiteFields(body.stringPatch("name"), body.objectPatch("address", ClientRoutes::address),
                body.stringPatch("notes"));
    }

    /** An address object; a refused part is named with its path ({@code billingAddress.postcode}). */
    private static Address address(JsonBody a) {
        String line1 = a.optionalString("line1");
        String line2 = a.optionalString("line2");
        String town = a.optionalString("town");
        String county = a.optionalString("county");
        String postcode = a.optionalString("postcode");
        String country = a.optionalString("country");
        try {
            return new Address(line1, line2, town, county, postcode, country);
        } catch (InvalidField e) {
            String field = a.name(e.field());
            throw new InvalidField(field, e.getMessage().replaceFirst("^" + e.field() + "\\b", field));
        }
    }

    private static Clients.Filter filter(String raw) {
        if (raw == null) return null;
        return switch (raw) {
            case "recent" -> Clients.Filter.RECENT;
            case "never" -> Clients.Filter.NEVER;
            case "once" -> Clients.Filter.ONCE;
            default -> throw new InvalidField("filter", "filter must be one of recent, never, once");
        };
    }

    private static TeamId teamIdQuery(Context ctx) {
        return new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
    }

    private static UUID clientId(Context ctx) {
        return RequestParams.pathId(ctx, "clientId", CLIENT_NOT_FOUND);
    }

    private static UUID siteId(Context ctx) {
        return RequestParams.pathId(ctx, "siteId", SITE_NOT_FOUND);
    }
}
