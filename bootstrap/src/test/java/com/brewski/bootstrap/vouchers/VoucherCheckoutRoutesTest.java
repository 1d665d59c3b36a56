package com.brewski.bootstrap.vouchers;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.vouchers.VoucherScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue, public checkout and the signed payment webhook, down to the consolidated email, over real HTTP. */
class VoucherCheckoutRoutesTest {
    private static GreenMail mail;
    private static TestServer server;
    private static String admin;
    private static long variant;
    private static long partner;

    @BeforeAll
    static void start() {
        int port = freePort();
        mail = smtp(port);
        server = TestServer.start(env(port, Map.of()));
        admin = server.adminToken();
        variant = variant(server, admin, "Amazon", 1000);
        partner = partner(server, admin, "Stock", "preloaded");
        source(server, admin, variant, partner, null, 1);
    }

    @AfterAll
    static void stop() {
        server.close();
        mail.stop();
    }

    @Test
    void the_catalogue_lists_products_with_variants_and_partners_with_their_kind() {
        Response products = server.get("/admin/voucher-products?pageSize=200", admin);
        assertThat(products.status()).isEqualTo(200);
        assertThat(products.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode product = null;
        for (JsonNode p : products.json().get("results")) if (p.get("name").asText().equals("Amazon")) product = p;
        assertThat(product).isNotNull();
        assertThat(product.at("/variants/0/priceMinor").asLong()).isEqualTo(1000);
        assertThat(product.at("/variants/0/currencySymbol").asText()).isEqualTo("£");
        Response partners = server.get("/admin/partners", admin);
        assertThat(partners.json().at("/results/0/kind").asText()).isEqualTo("preloaded");

        assertThat(server.post("/admin/partners", admin, Map.of("name", "X", "kind", "amazon")).json().get("message").asText())
                .contains("kind");
        assertThat(server.post("/admin/voucher-products", admin, Map.of("brand", "x")).json().get("message").asText()).contains("name");
        assertThat(server.post("/admin/voucher-products/999999/variants", admin, Map.of("name", "a", "priceMinor", 1)).status()).isEqualTo(404);
        assertThat(server.post("/admin/voucher-products/" + product.get("id").asLong() + "/variants", admin,
                Map.of("name", "a", "priceMinor", 0)).json().get("message").asText()).contains("priceMinor");
        assertThat(server.post("/admin/variants/" + variant + "/sources", admin, Map.of("partnerId", 999999, "priority", 1)).status())
                .isEqualTo(400);
        assertThat(server.patch("/admin/partner-sources/999999", admin, Map.of("priority", 1)).status()).isEqualTo(404);
    }

    @Test
    void preloaded_codes_load_once_each() {
        long other = variant(server, admin, "Load", 500);
        Response loaded = server.post("/admin/partners/" + partner + "/codes", admin, Map.of("variantId", other,
                "codes", List.of(Map.of("code", "LOAD-1"), Map.of("code", "LOAD-2", "pin", "1", "expiresAt", "2027-01-01T00:00:00.000Z"))));
        assertThat(loaded.status()).isEqualTo(201);
        assertThat(loaded.json().get("added").asInt()).isEqualTo(2);
        Response again = server.post("/admin/partners/" + partner + "/codes", admin,
                Map.of("variantId", other, "codes", List.of(Map.of("code", "LOAD-3"), Map.of("code", "LOAD-1"))));
        assertThat(again.status()).isEqualTo(409);
        long zendit = partner(server, admin, "Zendit", "zendit");
        assertThat(server.post("/admin/partners/" + zendit + "/codes", admin, Map.of("variantId", other,
                "codes", List.of(Map.of("code", "Z-1")))).status()).isEqualTo(400);
        assertThat(server.post("/admin/partners/999999/codes", admin, Map.of("variantId", other,
                "codes", List.of(Map.of("code", "Z-2")))).status()).isEqualTo(404);
    }

    @Test
    void checkout_validates_each_field_and_answers_the_order_pending_payment() {
        Response bad = server.post("/public/voucher-orders", null, Map.of("email", "not-an-email",
                "items", List.of(Map.of("variantId", variant, "quantity", 1))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("email");
        Response tooMany = server.post("/public/voucher-orders", null, Map.of("email", "c@example.com",
                "items", List.of(Map.of("variantId", variant, "quantity", 21))));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("message").asText()).contains("items[0].quantity");
        Response unknown = server.post("/public/voucher-orders", null, Map.of("email", "c@example.com",
                "items", List.of(Map.of("variantId", 999999, "quantity", 1))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).contains("items[0].variantId");
        assertThat(server.post("/public/voucher-orders", null, Map.of("email", "c@example.com", "items", List.of())).status()).isEqualTo(400);

        JsonNode order = order(server, "Customer@Example.com", variant, 3);
        assertThat(order.get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(order.get("total_minor").asLong()).isEqualTo(3000);
        assertThat(order.get("customer_email").asText()).isEqualTo("customer@example.com");
        assertThat(order.at("/items/0/quantity").asInt()).isEqualTo(3);
        assertThat(order.at("/items/0/fulfilled").asBoolean()).isFalse();
    }

    @Test
    void a_webhook_with_a_bad_or_stale_signature_is_refused_and_records_nothing() {
        JsonNode order = order(server, "c@example.com", variant, 1);
        long id = order.get("id").asLong();
        String body = event("payment.succeeded", "pay_bad_" + id, id, 1000);
        assertThat(webhook(server, body, null).status()).isEqualTo(400);
        assertThat(webhook(server, body, "wrong-secret", Instant.now()).status()).isEqualTo(400);
        assertThat(webhook(server, body, SECRET, Instant.now().minusSeconds(301)).status()).isEqualTo(400);
        assertThat(webhook(server, body, "t=abc,v1=00").status()).isEqualTo(400);
        JsonNode after = adminOrder(server, admin, id);
        assertThat(after.get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(after.get("payments")).isEmpty();
    }

    @Test
    void a_paid_order_is_fulfilled_from_stock_and_emailed_once_and_a_replay_changes_nothing() throws Exception {
        long stocked = variant(server, admin, "Netflix", 1500);
        long stockPartner = partner(server, admin, "Netflix stock", "preloaded");
        source(server, admin, stocked, stockPartner, null, 1);
        stock(server, admin, stockPartner, stocked, "NFX-1", "NFX-2");
        JsonNode order = order(server, "paid@example.com", stocked, 2);
        long id = order.get("id").asLong();
        String body = event("payment.succeeded", "pay_ok_" + id, id, 3000);
        Response first = webhook(server, body, SECRET, Instant.now());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("replay").asBoolean()).isFalse();
        JsonNode done = awaitStatus(server, admin, id, "SUCCEEDED");
        assertThat(done.get("voucher_codes")).extracting(JsonNode::asText).containsExactlyInAnyOrder("NFX-1", "NFX-2");
        assertThat(done.get("dispatched_email").asText()).isEqualTo("paid@example.com");
        assertThat(done.at("/items/0/fulfillment_status").asText()).isEqualTo("SUCCEEDED");
        JsonNode attempts = attempts(server, admin, id);
        assertThat(attempts).hasSize(1);
        assertThat(attempts.at("/0/type").asText()).isEqualTo("AUTO");
        assertThat(attempts.at("/0/status").asText()).isEqualTo("SUCCESS");
        await("the voucher email", () -> java.util.Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> subject(m).equals("Your vouchers — Order #" + id)));
        var mine = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).equals("Your vouchers — Order #" + id)).toList();
        assertThat(mine).hasSize(1);
        assertThat(GreenMailUtil.getBody(mine.getFirst())).contains("NFX-1").contains("NFX-2").contains("Netflix");

        Response replay = webhook(server, body, SECRET, Instant.now());
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("replay").asBoolean()).isTrue();
        Response samePayment = webhook(server, event("payment.succeeded", "pay_ok_" + id, id, 3000), SECRET, Instant.now());
        assertThat(samePayment.json().get("replay").asBoolean()).isTrue();
        assertThat(adminOrder(server, admin, id).get("payments")).hasSize(1);
    }

    @Test
    void a_payment_of_another_amount_needs_attention_with_a_payment_mismatch_alert_and_fulfils_nothing() {
        JsonNode order = order(server, "short@example.com", variant, 2);
        long id = order.get("id").asLong();
        assertThat(webhook(server, event("payment.succeeded", "pay_short_" + id, id, 1999), SECRET, Instant.now()).status()).isEqualTo(200);
        JsonNode after = adminOrder(server, admin, id);
        assertThat(after.get("status").asText()).isEqualTo("NEEDS_ATTENTION");
        assertThat(after.at("/payments/0/amount_minor").asLong()).isEqualTo(1999);
        JsonNode alerts = alerts(server, admin, id);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.at("/0/type").asText()).isEqualTo("payment_mismatch");
        assertThat(attempts(server, admin, id)).isEmpty();
        Response list = server.get("/admin/orders?status=NEEDS_ATTENTION&pageSize=5", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("pageSize").asInt()).isEqualTo(5);
        assertThat(list.json().get("results")).allSatisfy(o -> assertThat(o.get("status").asText()).isEqualTo("NEEDS_ATTENTION"));
        assertThat(server.get("/admin/orders?status=LOST", admin).status()).isEqualTo(400);
        assertThat(server.get("/admin/alerts?status=open&orderId=x", admin).status()).isEqualTo(400);
    }

    @Test
    void a_failed_payment_is_recorded_and_the_order_keeps_waiting() {
        JsonNode order = order(server, "failed@example.com", variant, 1);
        long id = order.get("id").asLong();
        assertThat(webhook(server, event("payment.failed", "pay_failed_" + id, id, 1000), SECRET, Instant.now()).status()).isEqualTo(200);
        JsonNode after = adminOrder(server, admin, id);
        assertThat(after.get("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(after.at("/payments/0/status").asText()).isEqualTo("FAILED");
        assertThat(webhook(server, event("payment.refunded", "pay_x_" + id, id, 1000), SECRET, Instant.now()).status()).isEqualTo(400);
    }

    private static String subject(jakarta.mail.Message m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
