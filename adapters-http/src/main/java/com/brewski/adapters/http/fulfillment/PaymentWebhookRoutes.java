package com.brewski.adapters.http.fulfillment;

import com.brewski.adapters.http.fulfillment.VoucherJson.WebhookBody;
import com.brewski.adapters.http.support.Access;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.support.JsonBody;
import com.brewski.adapters.http.support.JsonMapping;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.application.fulfillment.ConfirmPayment;
import com.brewski.domain.fulfillment.PaymentStatus;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Overloaded;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /webhooks/payments}: the payment provider's signed events. Without a configured secret
 * it answers 503; a bad signature is a 400 and nothing is recorded; a replay answers 200.
 */
public final class PaymentWebhookRoutes implements RouteGroup {
    public static final long MAX_BODY_BYTES = 64 * 1024;

    private final ConfirmPayment confirm;
    private final Optional<PaymentWebhookSignature> signature;
    private final Clock clock;
    private final ObjectMapper mapper = JsonMapping.objectMapper();

    public PaymentWebhookRoutes(ConfirmPayment confirm, Optional<String> secret, Clock clock) {
        this.confirm = confirm;
        this.signature = secret.filter(s -> !s.isBlank()).map(PaymentWebhookSignature::new);
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.post("/webhooks/payments", Access.PUBLIC, this::receive).returns(WebhookBody.class));
    }

    private void receive(Context ctx) {
        PaymentWebhookSignature verifier = signature.orElseThrow(() -> new Overloaded("payment webhook is not configured"));
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) throw new PayloadTooLarge("request body must be at most " + MAX_BODY_BYTES + " bytes");
        byte[] raw = ctx.bodyAsBytes();
        if (raw.length > MAX_BODY_BYTES) throw new PayloadTooLarge("request body must be at most " + MAX_BODY_BYTES + " bytes");
        verifier.verify(ctx.header(PaymentWebhookSignature.HEADER), raw, clock.instant());
        JsonBody body = parse(ctx, raw);
        String type = body.requiredString("type");
        PaymentStatus status = switch (type) {
            case "payment.succeeded" -> PaymentStatus.SUCCEEDED;
            case "payment.failed" -> PaymentStatus.FAILED;
            default -> throw new InvalidField("type", "type must be one of payment.succeeded, payment.failed");
        };
        JsonBody data = body.optionalObject("data");
        if (data == null) throw new InvalidField("data", "data is required");
        long orderId = VoucherParams.requiredId(data, "orderId");
        long amount = data.requiredLong("amountMinor");
        if (amount < 0) throw new InvalidField("data.amountMinor", "data.amountMinor must not be negative");
        var outcome = confirm.confirm(new ConfirmPayment.PaymentEvent(body.requiredString("id"), status,
                data.requiredString("paymentId"), new VoucherOrderId(orderId), amount));
        ctx.json(new WebhookBody(true, outcome == ConfirmPayment.Outcome.REPLAY));
    }

    private JsonBody parse(Context ctx, byte[] raw) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))
            throw new UnsupportedMedia("Content-Type must be application/json");
        try {
            JsonNode node = mapper.readTree(raw);
            if (!(node instanceof ObjectNode object)) throw new InvalidField("body", "the JSON body must be an object");
            return JsonBody.of(object);
        } catch (JacksonException e) {
            throw new InvalidField("body", BodyReader.INVALID_JSON);
        } catch (IOException e) {
            throw new InvalidField("body", BodyReader.INVALID_JSON);
        }
    }
}
