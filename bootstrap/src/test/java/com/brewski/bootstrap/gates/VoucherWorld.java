package com.brewski.bootstrap.gates;

import com.brewski.adapters.http.fulfillment.PaymentWebhookSignature;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.brewski.bootstrap.gates.World.json;
import static com.brewski.bootstrap.gates.World.ok;

/**
 * The voucher marketplace's resources for the gate tests, made by a platform super user over the
 * server's own routes: a catalogue variant without sources (so paid orders end up needing attention),
 * partners, sources, orders placed at checkout and paid through a signed webhook.
 */
final class VoucherWorld {
    private final TestServer server;
    private final String admin;
    private Long variant;

    VoucherWorld(TestServer server) {
        this.server = server;
        this.admin = server.adminToken();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    long product() {
        return ok(server.post("/admin/voucher-products", admin, json("name", "Gift " + unique())), 201).at("/product/id").asLong();
    }

    long newVariant() {
        return ok(server.post("/admin/voucher-products/" + product() + "/variants", admin, json("name", "£10", "priceMinor", 1000)), 201)
                .at("/variant/id").asLong();
    }

    /** The variant orders are placed for: no sources, so automatic fulfilment fails. */
    long variant() {
        if (variant == null) variant = newVariant();
        return variant;
    }

    long partner(String kind) {
        return ok(server.post("/admin/partners", admin, json("name", "Partner " + unique(), "kind", kind)), 201).at("/partner/id").asLong();
    }

    long source() {
        return ok(server.post("/admin/variants/" + newVariant() + "/sources", admin, json("partnerId", partner("preloaded"), "priority", 1)), 201)
                .at("/source/id").asLong();
    }

    /** An order placed at checkout, waiting for payment. */
    JsonNode order() {
        return ok(server.post("/public/voucher-orders", null, json("email", "gate-" + unique() + "@example.com",
                "items", List.of(json("variantId", variant(), "quantity", 1)))), 201).get("order");
    }

    /** A signed payment event for {@code order}. */
    RouteFixtures.Signed event(JsonNode order, String type) {
        String body = TestServer.toJson(json("id", "evt_" + unique(), "type", type, "data", json("paymentId", "pay_" + unique(),
                "orderId", order.get("id").asLong(), "amountMinor", order.get("total_minor").asLong())));
        String header = new PaymentWebhookSignature(SharedServer.WEBHOOK_SECRET)
                .header(Instant.now().getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
        return new RouteFixtures.Signed(body, header);
    }

    /** A paid order whose automatic fulfilment found no source: NEEDS_ATTENTION, its item open. */
    JsonNode paidOrder() {
        JsonNode order = order();
        RouteFixtures.Signed event = event(order, "payment.succeeded");
        ok(server.send("POST", "/webhooks/payments", null, "application/json", event.json().getBytes(StandardCharsets.UTF_8),
                java.util.Map.of(PaymentWebhookSignature.HEADER, event.signature())), 200);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode now = ok(server.get("/admin/orders/" + order.get("id").asLong(), admin), 200).get("order");
            if (now.get("status").asText().equals("NEEDS_ATTENTION")) return now;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("order " + order.get("id") + " was not fulfilled (and failed) in time");
    }

    /** A paid order with a code saved and sent, for the resend route. */
    JsonNode dispatchedOrder() {
        JsonNode order = paidOrder();
        ok(server.post("/admin/orders/" + order.get("id").asLong() + "/fulfillment/manual-code", admin,
                json("orderItemId", order.at("/items/0/id").asLong(), "code", "GATE-" + unique())), 200);
        return order;
    }
}
