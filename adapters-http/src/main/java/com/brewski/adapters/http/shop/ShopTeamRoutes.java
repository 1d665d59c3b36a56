package com.brewski.adapters.http.shop;

import com.brewski.adapters.http.shop.ShopJson.PublishedBody;
import com.brewski.adapters.http.shop.ShopJson.TeamCardJson;
import com.brewski.adapters.http.shop.ShopJson.TeamGroupJson;
import com.brewski.adapters.http.shop.ShopJson.TeamGroupsBody;
import com.brewski.adapters.http.shop.ShopJson.TeamSearchBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shop.ListTeamShopGroups;
import com.brewski.application.shop.PublishBeers;
import com.brewski.application.shop.SearchTeams;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shop.TeamSearch;
import io.javalin.http.Context;

import java.util.List;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** The shop's team routes: publishing a team's beers (its owners and admins), team search and a team's groups (platform staff). */
public final class ShopTeamRoutes implements RouteGroup {
    private final PublishBeers publishBeers;
    private final SearchTeams searchTeams;
    private final ListTeamShopGroups teamGroups;
    private final ObjectStore objects;

    public ShopTeamRoutes(PublishBeers publishBeers, SearchTeams searchTeams, ListTeamShopGroups teamGroups, ObjectStore objects) {
        this.publishBeers = publishBeers;
        this.searchTeams = searchTeams;
        this.teamGroups = teamGroups;
        this.objects = objects;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/shop/{teamId}/publish-beers", Access.TEAM_MANAGER, this::publish).returns(PublishedBody.class),
                Route.get("/shop/teams/search", Access.PLATFORM_SUPPORT, this::search).returns(TeamSearchBody.class),
                Route.get("/shop/teams/{teamId}/groups", Access.PLATFORM_SUPPORT, this::groups).returns(TeamGroupsBody.class));
    }

    private void publish(Context ctx) {
        ctx.json(new PublishedBody(publishBeers.publish(caller(ctx), teamId(ctx))));
    }

    private void search(Context ctx) {
        TeamSearch search = TeamSearch.parse(RequestParams.optionalQuery(ctx, "q"), RequestParams.optionalQuery(ctx, "limit"));
        ctx.json(new TeamSearchBody(searchTeams.search(caller(ctx), search).stream().map(t -> TeamCardJson.of(t, objects)).toList()));
    }

    private void groups(Context ctx) {
        ctx.json(new TeamGroupsBody(teamGroups.list(caller(ctx), teamId(ctx)).stream().map(TeamGroupJson::of).toList()));
    }

    private static TeamId teamId(Context ctx) {
        return new TeamId(RequestParams.pathId(ctx, "teamId", "Team not found"));
    }
}
