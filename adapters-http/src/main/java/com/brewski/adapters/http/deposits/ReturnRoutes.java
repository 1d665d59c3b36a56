package com.brewski.adapters.http.deposits;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.orders.OrderJson.DepositSummaryJson;
import com.brewski.adapters.http.orders.OrderJson.DepositTransactionJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.PageBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.deposits.ManageDeposits;
import com.brewski.domain.deposits.ContainerReturn;
import com.brewski.domain.identity.TeamId;
import io.javalin.http.Context;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** Container returns, which credit the client's deposit ledger. */
public final class ReturnRoutes implements RouteGroup {
    private final ManageDeposits deposits;
    private final BodyReader bodies;

    public ReturnRoutes(ManageDeposits deposits, BodyReader bodies) {
        this.deposits = deposits;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/returns", Access.TEAM_MEMBER, this::record).status(201).returns(ReturnRecordedBody.class),
                Route.get("/returns", Access.TEAM_MEMBER, this::list));
    }

    public record ReturnJson(UUID id, UUID teamId, UUID clientId, UUID orderId, UUID containerId, BigDecimal quantity,
                             long creditedMinor, UUID recordedBy, Instant recordedAt, Instant createdAt) {
        static ReturnJson of(ContainerReturn r) {
            return new ReturnJson(r.id(), r.teamId().value(), r.clientId(), r.orderId(), r.containerId(), r.quantity(),
                    r.creditedMinor(), r.recordedBy() == null ? null : r.recordedBy().value(), r.recordedAt(), r.createdAt());
        }
    }

    public record ReturnRecordedBody(ReturnJson containerReturn, DepositTransactionJson depositTransaction,
                                     DepositSummaryJson deposits) {}

    private void record(Context ctx) {
        JsonBody body = bodies.object(ctx);
        var input = new ManageDeposits.NewReturn(new TeamId(body.requiredUuid("teamId")), body.optionalUuid("clientId"),
                body.optionalUuid("orderId"), body.requiredUuid("containerId"), body.requiredDecimal("quantity"),
                body.optionalLong("creditedMinor"), body.optionalInstant("recordedAt"));
        ManageDeposits.ReturnRecorded recorded = deposits.recordReturn(caller(ctx), input);
        ctx.status(201).json(new ReturnRecordedBody(ReturnJson.of(recorded.containerReturn()),
                DepositTransactionJson.of(recorded.transaction()), DepositSummaryJson.of(recorded.balance())));
    }

    private void list(Context ctx) {
        TeamId teamId = new TeamId(RequestParams.requiredUuidQuery(ctx, "teamId"));
        ctx.json(PageBody.of(deposits.returns(caller(ctx), teamId, RequestParams.page(ctx)), "recordedAt", "desc",
                ReturnJson::of));
    }
}
