package com.brewski.adapters.http.orders;

import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.orders.OrderJson.DepositSummaryJson;
import com.brewski.adapters.http.orders.OrderJson.DepositTransactionJson;
import com.brewski.adapters.http.orders.OrderJson.FullOrderJson;
import com.brewski.adapters.http.orders.OrderJson.PaymentJson;
import com.brewski.adapters.http.orders.OrderJson.PaymentSummaryJson;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.RequestParams;
import com.brewski.application.payments.ManagePayments;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentMethod;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** The payment and refund ledger of an order. */
public final class PaymentRoutes implements RouteGroup {
    private final ManagePayments payments;
    private final BodyReader bodies;

    public PaymentRoutes(ManagePayments payments, BodyReader bodies) {
        this.payments = payments;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/orders/{orderId}/payments", Access.TEAM_MEMBER, this::record).status(201),
                Route.get("/orders/{orderId}/payments", Access.TEAM_MEMBER, this::ledger).returns(LedgerBody.class));
    }

    public record LedgerBody(UUID orderId, UUID teamId, long totalMinor, String currencySymbol, PaymentSummaryJson summary,
                             List<PaymentJson> payments, DepositSummaryJson deposits) {}

    private void record(Context ctx) {
        UUID orderId = orderId(ctx);
        JsonBody body = bodies.object(ctx);
        var input = new ManagePayments.NewPayment(
                body.optionalEnum("kind", PaymentKind::parse),
                body.optionalLong("amountMinor"),
                body.requiredEnum("paymentMethod", PaymentMethod::parse),
                body.optionalString("paymentReference"),
                body.optionalInstant("paidAt"),
                body.optionalLong("depositCreditMinor"));
        ManagePayments.PaymentRecorded recorded = payments.record(caller(ctx), orderId, input);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("order", FullOrderJson.of(recorded.order()));
        response.put("payment", PaymentJson.of(recorded.payment()));
        if (recorded.depositTransaction() != null)
            response.put("depositTransaction", DepositTransactionJson.of(recorded.depositTransaction()));
        ctx.status(201).json(response);
    }

    private void ledger(Context ctx) {
        ManagePayments.Ledger ledger = payments.ledger(caller(ctx), orderId(ctx));
        var header = ledger.order().header();
        ctx.json(new LedgerBody(header.id(), header.teamId().value(), header.totalMinor(), header.currencySymbol(),
                PaymentSummaryJson.of(ledger.ledger()), ledger.ledger().entries().stream().map(PaymentJson::of).toList(),
                DepositSummaryJson.of(ledger.deposits())));
    }

    private static UUID orderId(Context ctx) {
        return RequestParams.pathId(ctx, "orderId", "Order not found");
    }
}
