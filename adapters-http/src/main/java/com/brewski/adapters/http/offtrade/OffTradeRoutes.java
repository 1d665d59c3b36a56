package com.brewski.adapters.http.offtrade;

import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.offtrade.CollectionRequests;
import com.brewski.application.offtrade.ListCollectionRequests;
import com.brewski.application.offtrade.RequestCollection;
import com.brewski.application.offtrade.ResendCollectionNotice;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.District;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.offtrade.Postcode;
import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/**
 * Off-trade collection requests: the public intake, a team's list, and the resend of a team's
 * notification email.
 */
public final class OffTradeRoutes implements RouteGroup {
    private final RequestCollection intake;
    private final ListCollectionRequests listing;
    private final ResendCollectionNotice resend;
    private final BodyReader bodies;

    public OffTradeRoutes(RequestCollection intake, ListCollectionRequests listing, ResendCollectionNotice resend, BodyReader bodies) {
        this.intake = intake;
        this.listing = listing;
        this.resend = resend;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/public/offtrade/collection-requests", Access.PUBLIC, this::submit).status(201)
                        .returns(SubmittedBody.class),
                Route.get("/offtrade/collection-requests", Access.TEAM_MEMBER_OR_PLATFORM, this::list).returns(PageBody.class),
                Route.post("/offtrade/collection-requests/{id}/retry", Access.TEAM_MANAGER_OR_PLATFORM, this::retry)
                        .returns(ResentBody.class));
    }

    public record SubmittedJson(long id, String status) {}

    public record SubmittedBody(SubmittedJson request) {}

    public record CollectionRequestJson(long id, String businessName, String contactName, String contactEmail,
                                        String contactPhone, String postcode, String district, String message,
                                        String status, Instant notifiedAt, List<String> notifiedTeams, Instant createdAt) {
        static CollectionRequestJson of(CollectionRequests.Listed listed) {
            CollectionRequest r = listed.request();
            CollectionNotice n = listed.notice();
            return new CollectionRequestJson(r.id().value(), r.businessName(), r.contactName(), r.contactEmail().value(),
                    r.contactPhone(), r.postcode().value(), r.district().value(), r.message(), n.status().wire(),
                    n.notifiedAt(), listed.notifiedTeams(), r.createdAt());
        }
    }

    public record ResentBody(String status, Instant notifiedAt) {}

    private void submit(Context ctx) {
        JsonBody body = bodies.object(ctx);
        String email = body.optionalString("contactEmail");
        if (email == null) throw new InvalidField("contactEmail", "contactEmail is required");
        String postcode = body.optionalString("postcode");
        String district = body.optionalString("district");
        CollectionRequest.Submission submission = new CollectionRequest.Submission(
                body.optionalString("businessName"),
                body.optionalString("contactName"),
                Email.of("contactEmail", email),
                body.optionalString("contactPhone"),
                new Postcode(postcode),
                district == null || district.isBlank() ? null : District.of("district", district),
                body.optionalString("message"));
        RequestCollection.Submitted submitted = intake.submit(submission, ctx.ip());
        ctx.status(201).json(new SubmittedBody(new SubmittedJson(submitted.request().id().value(), submitted.status().wire())));
    }

    private void list(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        NoticeStatus status = RequestParams.optionalEnumQuery(ctx, "status", NoticeStatus::parse);
        String district = RequestParams.optionalQuery(ctx, "district");
        Sort sort = RequestParams.sort(ctx, ListCollectionRequests.SORT_KEYS, "createdAt", Sort.Direction.DESC);
        var page = listing.list(caller(ctx), teamId,
                new CollectionRequests.Filter(status, district == null ? null : District.of("district", district)),
                sort, RequestParams.page(ctx));
        ctx.json(PageBody.of(page, sort.key(), sort.direction().wire(), CollectionRequestJson::of));
    }

    private void retry(Context ctx) {
        CollectionRequestId id = CollectionRequestId.parse(ctx.pathParam("id"));
        JsonBody body = bodies.object(ctx);
        TeamId teamId = new TeamId(body.requiredUuid("teamId"));
        CollectionNotice notice = resend.resend(caller(ctx), id, teamId, ctx.ip());
        ctx.json(new ResentBody("resent", notice.notifiedAt()));
    }
}
