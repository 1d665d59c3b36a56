package com.brewski.adapters.http.fulfillment;

import com.brewski.adapters.http.fulfillment.VoucherJson.AttemptJson;
import com.brewski.adapters.http.fulfillment.VoucherJson.AttemptsBody;
import com.brewski.adapters.http.fulfillment.VoucherJson.RecoveryBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.fulfillment.ManualCodes;
import com.brewski.application.fulfillment.ReadFulfilmentAttempts;
import com.brewski.application.fulfillment.ResendVoucherEmail;
import com.brewski.application.fulfillment.RetryPartnerFulfilment;
import com.brewski.application.fulfillment.SubmitManualCode;
import com.brewski.application.fulfillment.SubmitManualCodes;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static com.brewski.adapters.http.support.BearerAuthentication.caller;

/** The recovery guide's routes: manual codes (one item or the whole order), resend, partner retry, the audit trail. */
public final class FulfillmentRecoveryRoutes implements RouteGroup {
    private static final int MAX_NOTES = 2000;

    /** The use cases behind these routes. */
    public record UseCases(SubmitManualCode manualCode, SubmitManualCodes manualCodes, ResendVoucherEmail resend,
                           RetryPartnerFulfilment retry, ReadFulfilmentAttempts attempts) {
        public UseCases {
            Objects.requireNonNull(manualCode);
            Objects.requireNonNull(manualCodes);
            Objects.requireNonNull(resend);
            Objects.requireNonNull(retry);
            Objects.requireNonNull(attempts);
        }
    }

    private final UseCases useCases;
    private final BodyReader bodies;

    public FulfillmentRecoveryRoutes(UseCases useCases, BodyReader bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/admin/orders/{id}/fulfillment/manual-code", Access.PLATFORM_SUPPORT, this::manualCode).returns(RecoveryBody.class),
                Route.post("/admin/orders/{id}/fulfillment/manual-codes", Access.PLATFORM_SUPPORT, this::manualCodes).returns(RecoveryBody.class),
                Route.post("/admin/orders/{id}/fulfillment/resend-email", Access.PLATFORM_SUPPORT, this::resend).returns(RecoveryBody.class),
                Route.post("/admin/orders/{id}/fulfillment/partner-retry", Access.PLATFORM_SUPPORT, this::retry).returns(RecoveryBody.class),
                Route.get("/admin/orders/{id}/fulfillment-attempts", Access.PLATFORM_SUPPORT, this::attempts).returns(AttemptsBody.class));
    }

    private static VoucherOrderId orderId(Context ctx) {
        return new VoucherOrderId(VoucherParams.pathId(ctx, "id", "Order not found", "ORDER_NOT_FOUND"));
    }

    private static PartnerId partner(Long id) {
        return id == null ? null : new PartnerId(id);
    }

    private void manualCode(Context ctx) {
        VoucherOrderId orderId = orderId(ctx);
        JsonBody body = bodies.object(ctx);
        OrderItemId itemId = new OrderItemId(VoucherParams.requiredId(body, "orderItemId"));
        PartnerId partnerId = partner(VoucherParams.optionalId(body, "partnerId"));
        List<ManualCodes.Entry> entries = new ArrayList<>();
        List<JsonBody> codes = body.optionalObjects("codes");
        if (codes != null && !codes.isEmpty()) {
            if (body.optionalString("code") != null) throw new InvalidField("code", "give either code or codes, not both");
            for (JsonBody code : codes) {
                PartnerId own = partner(VoucherParams.optionalId(code, "partnerId"));
                entries.add(new ManualCodes.Entry(VoucherParams.code(code), own != null ? own : partnerId));
            }
        } else if (body.optionalString("code") != null && !body.optionalString("code").isBlank()) {
            entries.add(new ManualCodes.Entry(VoucherParams.code(body), partnerId));
        }
        var result = useCases.manualCode().submit(caller(ctx), orderId, new ManualCodes(itemId, entries), notes(body));
        ctx.json(RecoveryBody.of(result));
    }

    private void manualCodes(Context ctx) {
        VoucherOrderId orderId = orderId(ctx);
        JsonBody body = bodies.object(ctx);
        List<JsonBody> items = body.optionalObjects("items");
        if (items == null || items.isEmpty()) throw new InvalidField("items", "items must have at least one entry");
        List<ManualCodes> inputs = new ArrayList<>();
        for (JsonBody item : items) {
            OrderItemId itemId = new OrderItemId(VoucherParams.requiredId(item, "orderItemId"));
            VoucherParams.optionalId(item, "variantId");
            PartnerId itemPartner = partner(VoucherParams.optionalId(item, "partnerId"));
            List<JsonBody> codes = item.optionalObjects("codes");
            if (codes == null || codes.isEmpty())
                throw new InvalidField(item.name("codes"), item.name("codes") + " must have at least one entry");
            List<ManualCodes.Entry> entries = new ArrayList<>();
            for (JsonBody code : codes) {
                VoucherCode voucher = VoucherParams.code(code);
                PartnerId own = partner(VoucherParams.optionalId(code, "partnerId"));
                entries.add(new ManualCodes.Entry(voucher, own != null ? own : itemPartner));
            }
            inputs.add(new ManualCodes(itemId, entries));
        }
        ctx.json(RecoveryBody.of(useCases.manualCodes().submit(caller(ctx), orderId, inputs, notes(body))));
    }

    private void resend(Context ctx) {
        VoucherOrderId orderId = orderId(ctx);
        JsonBody body = bodies.objectOrEmpty(ctx);
        ctx.json(RecoveryBody.of(useCases.resend().resend(caller(ctx), orderId, notes(body))));
    }

    private void retry(Context ctx) {
        VoucherOrderId orderId = orderId(ctx);
        JsonBody body = bodies.object(ctx);
        OrderItemId itemId = new OrderItemId(VoucherParams.requiredId(body, "orderItemId"));
        Long sourceId = VoucherParams.optionalId(body, "partnerSourceId");
        ctx.json(RecoveryBody.of(useCases.retry().retry(caller(ctx), orderId, itemId,
                sourceId == null ? null : new PartnerSourceId(sourceId), notes(body))));
    }

    private void attempts(Context ctx) {
        VoucherOrderId orderId = orderId(ctx);
        ctx.json(new AttemptsBody(useCases.attempts().of(orderId).stream().map(AttemptJson::of).toList()));
    }

    private static String notes(JsonBody body) {
        return Text.optional("notes", body.optionalString("notes"), MAX_NOTES);
    }
}
