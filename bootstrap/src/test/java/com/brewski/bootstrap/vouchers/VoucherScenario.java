package com.brewski.bootstrap.vouchers;

import com.brewski.adapters.http.fulfillment.PaymentWebhookSignature;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Set-up of voucher scenarios over real HTTP: a catalogue (product, variant, partner, source), orders
 * placed at checkout and paid through a signed webhook, and a real SMTP server (GreenMail) the server
 * sends its voucher emails to.
 */
final class VoucherScenario {
    static final String SECRET = "whsec_test_secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private VoucherScenario() {}

    /** The server settings of a voucher test: the webhook secret, SMTP to {@code smtpPort}, fast job polling. */
    static Map<String, String> env(int smtpPort, Map<String, String> more) {
        Map<String, String> env = new HashMap<>();
        env.put("PAYMENT_WEBHOOK_SECRET", SECRET);
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(smtpPort));
        env.put("SMTP_STARTTLS", "false");
        env.put("MAIL_FROM", "Brewski <vouchers@brewski.example>");
        env.put("FULFILMENT_POLL_MS", "200");
        env.put("FULFILMENT_HEARTBEAT_MS", "500");
        env.put("FULFILMENT_RETRY_MS", "500");
        env.put("FULFILMENT_LEASE_SECONDS", "3");
        env.put("VOUCHER_CHECKOUTS_PER_ADDRESS", "1000");
        env.putAll(more);
        return env;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static GreenMail smtp(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** A product with one variant of {@code priceMinor}, answered as the variant id. */
    static long variant(TestServer server, String admin, String product, long priceMinor) {
        Response p = server.post("/admin/voucher-products", admin, Map.of("name", product, "brand", product));
        if (p.status() != 201) throw new AssertionError(p.toString());
        Response v = server.post("/admin/voucher-products/" + p.json().at("/product/id").asLong() + "/variants", admin,
                Map.of("name", "£" + priceMinor / 100, "priceMinor", priceMinor));
        if (v.status() != 201) throw new AssertionError(v.toString());
        return v.json().at("/variant/id").asLong();
    }

    static long partner(TestServer server, String admin, String name, String kind) {
        Response r = server.post("/admin/partners", admin, Map.of("name", name, "kind", kind));
        if (r.status() != 201) throw new AssertionError(r.toString());
        return r.json().at("/partner/id").asLong();
    }

    static long source(TestServer server, String admin, long variantId, long partnerId, String offerId, int priority) {
        Map<String, Object> body = new HashMap<>(Map.of("partnerId", partnerId, "priority", priority));
        if (offerId != null) body.put("offerId", offerId);
        Response r = server.post("/admin/variants/" + variantId + "/sources", admin, body);
        if (r.status() != 201) throw new AssertionError(r.toString());
        return r.json().at("/source/id").asLong();
    }

    static void stock(TestServer server, String admin, long partnerId, long variantId, String... codes) {
        Response r = server.post("/admin/partners/" + partnerId + "/codes", admin, Map.of("variantId", variantId,
                "codes", java.util.Arrays.stream(codes).map(c -> Map.of("code", c, "pin", "0000")).toList()));
        if (r.status() != 201) throw new AssertionError(r.toString());
    }

    /** Places an order at checkout; answers its JSON. */
    static JsonNode order(TestServer server, String email, long variantId, int quantity) {
        return order(server, email, List.of(Map.of("variantId", variantId, "quantity", quantity)));
    }

    static JsonNode order(TestServer server, String email, List<Map<String, Object>> items) {
        Response r = server.post("/public/voucher-orders", null, Map.of("email", email, "items", items));
        if (r.status() != 201) throw new AssertionError(r.toString());
        return r.json().get("order");
    }

    static String event(String type, String paymentId, long orderId, long amountMinor) {
        return TestServer.toJson(Map.of("id", "evt_" + UUID.randomUUID(), "type", type,
                "data", Map.of("paymentId", paymentId, "orderId", orderId, "amountMinor", amountMinor)));
    }

    /** Sends a webhook body signed at {@code at} with {@code secret}. */
    static Response webhook(TestServer server, String body, String secret, Instant at) {
        String header = new PaymentWebhookSignature(secret).header(at.getEpochSecond(), body.getBytes(StandardCharsets.UTF_8));
        return webhook(server, body, header);
    }

    static Response webhook(TestServer server, String body, String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/webhooks/payments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) request.header(PaymentWebhookSignature.HEADER, header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Pays the order's total with a correctly signed succeeded event. */
    static Response pay(TestServer server, JsonNode order) {
        return webhook(server, event("payment.succeeded", "pay_" + UUID.randomUUID(), order.get("id").asLong(),
                order.get("total_minor").asLong()), SECRET, Instant.now());
    }

    static JsonNode adminOrder(TestServer server, String admin, long orderId) {
        Response r = server.get("/admin/orders/" + orderId, admin);
        if (r.status() != 200) throw new AssertionError(r.toString());
        return r.json().get("order");
    }

    /** Waits (bounded) until the order has {@code status}; answers the order. */
    static JsonNode awaitStatus(TestServer server, String admin, long orderId, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode order;
        do {
            order = adminOrder(server, admin, orderId);
            if (order.get("status").asText().equals(status)) return order;
            sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("order " + orderId + " never reached " + status + ": " + order);
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            sleep(100);
        }
    }

    static JsonNode attempts(TestServer server, String admin, long orderId) {
        Response r = server.get("/admin/orders/" + orderId + "/fulfillment-attempts", admin);
        if (r.status() != 200) throw new AssertionError(r.toString());
        return r.json().get("attempts");
    }

    static JsonNode alerts(TestServer server, String admin, long orderId) {
        Response r = server.get("/admin/alerts?orderId=" + orderId, admin);
        if (r.status() != 200) throw new AssertionError(r.toString());
        return r.json().get("results");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
