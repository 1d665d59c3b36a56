package com.brewski.adapters.http.activity;

import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.activity.ReadActivity;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.TeamId;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** A team's activity timeline, newest first. */
public final class ActivityRoutes implements RouteGroup {
    private final ReadActivity activity;

    public ActivityRoutes(ReadActivity activity) {
        this.activity = activity;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/activity", Access.TEAM_MEMBER, this::list));
    }

    public record EntryJson(UUID id, UUID teamId, String category, String type, String message, UUID actorId,
                            List<UUID> relatedIds, Instant createdAt) {
        static EntryJson of(ActivityEntry e) {
            return new EntryJson(e.id(), e.teamId().value(), e.category(), e.type(), e.message(),
                    e.actorId() == null ? null : e.actorId().value(), e.relatedIds(), e.createdAt());
        }
    }

    private void list(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        String category = RequestParams.optionalQuery(ctx, "category");
        ctx.json(PageBody.of(activity.list(caller(ctx), teamId, category, RequestParams.page(ctx)), "createdAt", "desc",
                EntryJson::of));
    }
}
