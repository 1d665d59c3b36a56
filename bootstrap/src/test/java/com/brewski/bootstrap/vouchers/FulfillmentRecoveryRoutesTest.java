package com.brewski.bootstrap.vouchers;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.vouchers.VoucherScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery guide over real HTTP: the validation table, both recovery paths, resend, the audit trail,
 * alerts resolved with the correlation id, and a real SMTP server that receives (or refuses) the email.
 */
class FulfillmentRecoveryRoutesTest {
    private static int smtpPort;
    private static GreenMail mail;
    private static TestServer server;
    private static String admin;
    private static long variant;
    private static long emptyPartner;

    @BeforeAll
    static void start() {
        smtpPort = freePort();
        mail = smtp(smtpPort);
        server = TestServer.start(env(smtpPort, Map.of()));
        admin = server.adminToken();
        variant = variant(server, admin, "Amazon", 1000);
        emptyPartner = partner(server, admin, "Stock", "preloaded");
        source(server, admin, variant, emptyPartner, null, 1);
    }

    @AfterAll
    static void stop() {
        server.close();
        mail.stop();
    }

    @BeforeEach
    void clearMail() throws Exception {
        mail.purgeEmailFromAllMailboxes();
    }

    /** An order paid for whose automatic fulfilment found no stock: NEEDS_ATTENTION with a fulfillment_failed alert. */
    private static JsonNode failedOrder(int quantity) {
        JsonNode order = order(server, "customer@example.com", variant, quantity);
        assertThat(pay(server, order).status()).isEqualTo(200);
        return awaitStatus(server, admin, order.get("id").asLong(), "NEEDS_ATTENTION");
    }

    private static Response manualCode(long orderId, Object body) {
        return server.post("/admin/orders/" + orderId + "/fulfillment/manual-code", admin, body);
    }

    @Test
    void a_failed_automatic_fulfilment_needs_attention_with_an_auto_attempt_and_an_open_alert() {
        JsonNode order = failedOrder(1);
        long id = order.get("id").asLong();
        assertThat(order.at("/items/0/fulfilled").asBoolean()).isFalse();
        assertThat(order.at("/items/0/fulfillment_status").asText()).isEqualTo("FAILED");
        assertThat(order.get("dispatched_email").isNull()).isTrue();
        assertThat(order.at("/payments/0/status").asText()).isEqualTo("SUCCEEDED");
        JsonNode attempts = attempts(server, admin, id);
        assertThat(attempts).hasSize(1);
        assertThat(attempts.at("/0/type").asText()).isEqualTo("AUTO");
        assertThat(attempts.at("/0/status").asText()).isEqualTo("PARTNER_FAILED");
        assertThat(attempts.at("/0/admin_user").isNull()).isTrue();
        assertThat(attempts.at("/0/partner_response/status").asText()).isEqualTo("NO_STOCK");
        JsonNode alerts = alerts(server, admin, id);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.at("/0/type").asText()).isEqualTo("fulfillment_failed");
        assertThat(alerts.at("/0/status").asText()).isEqualTo("open");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_single_code_is_delivered_in_one_consolidated_email_and_the_order_recovers() throws Exception {
        JsonNode order = failedOrder(1);
        long id = order.get("id").asLong();
        long itemId = order.at("/items/0/id").asLong();
        Response r = manualCode(id, Map.of("orderItemId", itemId, "code", "ABCD-1234-EFGH-5678", "pin", "9999",
                "redemptionUrl", "https://partner.example/redeem", "partnerId", emptyPartner, "notes", "from supplier email"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("success").asBoolean()).isTrue();
        assertThat(r.json().get("message").asText()).isEqualTo("1 voucher code(s) delivered to customer");
        assertThat(r.json().at("/data/status").asText()).isEqualTo("DISPATCHED");
        assertThat(r.json().at("/data/emailSent").asBoolean()).isTrue();
        String correlationId = r.json().at("/data/correlationId").asText();
        assertThat(correlationId).isNotBlank();

        JsonNode after = adminOrder(server, admin, id);
        assertThat(after.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(after.get("dispatched_email").asText()).isEqualTo("customer@example.com");
        assertThat(after.get("email_sent_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(after.get("voucher_codes")).extracting(JsonNode::asText).containsExactly("ABCD-1234-EFGH-5678");
        assertThat(after.at("/items/0/fulfilled").asBoolean()).isTrue();
        assertThat(after.at("/items/0/fulfilled_at").isNull()).isFalse();
        assertThat(after.at("/items/0/fulfillment_status").asText()).isEqualTo("SUCCEEDED");
        assertThat(after.at("/items/0/product_name").asText()).isEqualTo("Amazon");

        MimeMessage[] messages = mail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getSubject()).isEqualTo("Your vouchers — Order #" + id);
        String content = GreenMailUtil.getBody(messages[0]);
        assertThat(content).contains("ABCD-1234-EFGH-5678").contains("9999").contains("Amazon");
        assertThat(messages[0].getContentType()).containsIgnoringCase("multipart");

        JsonNode alerts = alerts(server, admin, id);
        assertThat(alerts.at("/0/status").asText()).isEqualTo("resolved");
        assertThat(alerts.at("/0/resolution_notes").asText()).contains("fa:" + correlationId);

        JsonNode attempts = attempts(server, admin, id);
        JsonNode manual = attempts.get(attempts.size() - 1);
        assertThat(manual.get("type").asText()).isEqualTo("MANUAL_CODE_INPUT");
        assertThat(manual.get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(manual.get("code_provided").asText()).isEqualTo("ABCD-1234-EFGH-5678");
        assertThat(manual.get("order_item_id").asLong()).isEqualTo(itemId);
        assertThat(manual.get("correlation_id").asText()).isEqualTo(correlationId);
        assertThat(manual.at("/admin_user/email").asText()).isEqualTo(TestServer.ADMIN_EMAIL);
        assertThat(manual.has("partner_api_transaction")).isTrue();
        assertThat(manual.get("created_at").asText()).endsWith("Z");

        // the idempotency guard: a fulfilled item is 409, whatever the code
        Response again = manualCode(id, Map.of("orderItemId", itemId, "code", "OTHER-CODE"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_multi_quantity_item_takes_one_code_per_unit_and_the_audit_summarises_them() {
        JsonNode order = failedOrder(3);
        long id = order.get("id").asLong();
        long itemId = order.at("/items/0/id").asLong();
        Response tooFew = manualCode(id, Map.of("orderItemId", itemId, "codes", List.of(Map.of("code", "M-1"), Map.of("code", "M-2"))));
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.json().get("message").asText()).contains("exactly 3");

        Response r = manualCode(id, Map.of("orderItemId", itemId, "partnerId", emptyPartner, "notes", "3x", "codes", List.of(
                Map.of("code", "M-1", "pin", "1111", "expiresAt", "2027-12-31T23:59:59.000Z", "metadata", Map.of("supplier_batch", "B-1")),
                Map.of("code", "M-2", "pin", "2222"), Map.of("code", "M-3", "pin", "3333"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("message").asText()).isEqualTo("3 voucher code(s) delivered to customer");
        JsonNode after = adminOrder(server, admin, id);
        assertThat(after.at("/items/0/voucher_codes")).extracting(JsonNode::asText).containsExactly("M-1", "M-2", "M-3");
        JsonNode manual = attempts(server, admin, id).get(1);
        assertThat(manual.get("code_provided").asText()).isEqualTo("M-1 (+2 more)");
        assertThat(manual.at("/partner_response/allCodes")).extracting(JsonNode::asText).containsExactly("M-1", "M-2", "M-3");
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void the_validation_table_of_the_guide() {
        // no SUCCEEDED payment: 400 "refusing to dispatch voucher"
        JsonNode unpaid = order(server, "unpaid@example.com", variant, 1);
        Response refused = manualCode(unpaid.get("id").asLong(), Map.of("orderItemId", unpaid.at("/items/0/id").asLong(), "code", "X-1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("refusing to dispatch voucher");

        JsonNode order = failedOrder(1);
        long id = order.get("id").asLong();
        long itemId = order.at("/items/0/id").asLong();
        // no code: 400
        Response noCode = manualCode(id, Map.of("orderItemId", itemId));
        assertThat(noCode.status()).isEqualTo(400);
        // a code already assigned to another item: 409
        JsonNode other = failedOrder(1);
        assertThat(manualCode(other.get("id").asLong(), Map.of("orderItemId", other.at("/items/0/id").asLong(), "code", "TAKEN-1")).status())
                .isEqualTo(200);
        Response taken = manualCode(id, Map.of("orderItemId", itemId, "code", "TAKEN-1"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asText()).isEqualTo("CODE_ALREADY_ASSIGNED");
        // unknown order and item: 404; missing item id: 400 naming it
        assertThat(manualCode(999999, Map.of("orderItemId", itemId, "code", "Z")).status()).isEqualTo(404);
        assertThat(manualCode(id, Map.of("orderItemId", 999999, "code", "Z")).status()).isEqualTo(404);
        Response noItem = manualCode(id, Map.of("code", "Z"));
        assertThat(noItem.status()).isEqualTo(400);
        assertThat(noItem.json().get("message").asText()).contains("orderItemId");
        // fulfilled: 409 (and the partner retry says the same)
        assertThat(manualCode(id, Map.of("orderItemId", itemId, "code", "FRESH-1")).status()).isEqualTo(200);
        assertThat(manualCode(id, Map.of("orderItemId", itemId, "code", "FRESH-2")).status()).isEqualTo(409);
        assertThat(server.post("/admin/orders/" + id + "/fulfillment/partner-retry", admin, Map.of("orderItemId", itemId)).status())
                .isEqualTo(409);
    }

    @Test
    void the_whole_order_in_one_request_gives_per_item_results_and_one_email() throws Exception {
        long second = variant(server, admin, "Steam", 2000);
        source(server, admin, second, emptyPartner, null, 1);
        JsonNode order = order(server, "two@example.com", List.of(Map.of("variantId", variant, "quantity", 2),
                Map.of("variantId", second, "quantity", 1)));
        pay(server, order);
        long id = order.get("id").asLong();
        awaitStatus(server, admin, id, "NEEDS_ATTENTION");
        long first = order.at("/items/0/id").asLong();
        long secondItem = order.at("/items/1/id").asLong();
        long otherPartner = partner(server, admin, "Supplier", "preloaded");
        Response r = server.post("/admin/orders/" + id + "/fulfillment/manual-codes", admin, Map.of("notes", "after outage",
                "items", List.of(
                        Map.of("orderItemId", first, "variantId", variant, "codes", List.of(
                                Map.of("code", "W-1", "partnerId", emptyPartner), Map.of("code", "W-2", "partnerId", otherPartner))),
                        Map.of("orderItemId", secondItem, "partnerId", emptyPartner, "codes", List.of(Map.of("code", "W-3", "pin", "9999"))))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("success").asBoolean()).isTrue();
        assertThat(r.json().at("/data/items")).hasSize(2);
        assertThat(r.json().at("/data/items/0/status").asText()).isEqualTo("DISPATCHED");
        JsonNode after = adminOrder(server, admin, id);
        assertThat(after.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(after.get("voucher_codes")).extracting(JsonNode::asText).containsExactly("W-1", "W-2", "W-3");
        MimeMessage[] messages = mail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        String body = GreenMailUtil.getBody(messages[0]);
        assertThat(body).contains("W-1").contains("W-2").contains("W-3").contains("Steam");

        Response wrongCount = server.post("/admin/orders/" + id + "/fulfillment/manual-codes", admin,
                Map.of("items", List.of(Map.of("orderItemId", first, "codes", List.of(Map.of("code", "Q-1"))))));
        assertThat(wrongCount.status()).isIn(400, 409);
    }

    @Test
    void resend_sends_every_saved_code_again_and_logs_a_resend_attempt() throws Exception {
        JsonNode order = failedOrder(1);
        long id = order.get("id").asLong();
        manualCode(id, Map.of("orderItemId", order.at("/items/0/id").asLong(), "code", "RESEND-1"));
        Response r = server.post("/admin/orders/" + id + "/fulfillment/resend-email", admin, Map.of("notes", "customer asked"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("success").asBoolean()).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[1])).contains("RESEND-1");
        JsonNode last = attempts(server, admin, id).get(2);
        assertThat(last.get("type").asText()).isEqualTo("RESEND_EMAIL");
        assertThat(last.get("status").asText()).isEqualTo("SUCCESS");

        JsonNode empty = failedOrder(1);
        assertThat(server.post("/admin/orders/" + empty.get("id").asLong() + "/fulfillment/resend-email", admin, Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void a_partner_retry_that_finds_no_stock_answers_200_with_success_false_then_succeeds_once_stocked() {
        JsonNode order = failedOrder(1);
        long id = order.get("id").asLong();
        long itemId = order.at("/items/0/id").asLong();
        Response failed = server.post("/admin/orders/" + id + "/fulfillment/partner-retry", admin,
                Map.of("orderItemId", itemId, "notes", "retry after outage"));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json().get("success").asBoolean()).isFalse();
        assertThat(failed.json().get("message").asText()).isEqualTo("Partner responded with status NO_STOCK");
        assertThat(failed.json().at("/data/status").asText()).isEqualTo("PARTNER_FAILED");
        assertThat(failed.json().at("/data/errorMessage").asText()).isNotBlank();

        long stocked = partner(server, admin, "Stocked", "preloaded");
        long sourceId = source(server, admin, variant, stocked, null, 5);
        stock(server, admin, stocked, variant, "STOCK-1");
        Response ok = server.post("/admin/orders/" + id + "/fulfillment/partner-retry", admin,
                Map.of("orderItemId", itemId, "partnerSourceId", sourceId, "notes", "forcing the stocked source"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("success").asBoolean()).isTrue();
        assertThat(ok.json().get("message").asText()).isEqualTo("Voucher delivered via Stocked");
        assertThat(ok.json().at("/data/status").asText()).isEqualTo("DISPATCHED");
        assertThat(ok.json().at("/data/emailSent").asBoolean()).isTrue();
        assertThat(adminOrder(server, admin, id).get("voucher_codes")).extracting(JsonNode::asText).containsExactly("STOCK-1");
        List<String> types = new ArrayList<>();
        attempts(server, admin, id).forEach(a -> types.add(a.get("type").asText() + "/" + a.get("status").asText()));
        assertThat(types).containsExactly("AUTO/PARTNER_FAILED", "PARTNER_RETRY/PARTNER_FAILED", "PARTNER_RETRY/DISPATCHED");
        // stock is handed out once: the code is gone now
        server.patch("/admin/partner-sources/" + sourceId, admin, Map.of("priority", 0));
        JsonNode next = failedOrder(1);
        assertThat(next.at("/items/0/voucher_codes")).isEmpty();
    }

    @Test
    void with_smtp_down_the_vouchers_are_kept_and_the_same_request_later_sends_one_email() throws Exception {
        JsonNode order = failedOrder(1);
        long id = order.get("id").asLong();
        long itemId = order.at("/items/0/id").asLong();
        Map<String, Object> body = Map.of("orderItemId", itemId, "code", "SMTP-DOWN-1");
        mail.stop();
        try {
            Response down = manualCode(id, body);
            assertThat(down.status()).as(down.toString()).isEqualTo(200);
            assertThat(down.json().get("success").asBoolean()).isFalse();
            assertThat(down.json().at("/data/status").asText()).isEqualTo("DISPATCH_FAILED");
            assertThat(down.json().at("/data/emailSent").asBoolean()).isFalse();
            JsonNode kept = adminOrder(server, admin, id);
            assertThat(kept.get("status").asText()).isEqualTo("NEEDS_ATTENTION");
            assertThat(kept.at("/items/0/voucher_codes")).extracting(JsonNode::asText).containsExactly("SMTP-DOWN-1");
            assertThat(kept.at("/items/0/fulfilled").asBoolean()).isFalse();
            assertThat(kept.at("/items/0/fulfillment_status").asText()).isEqualTo("DISPATCH_FAILED");
            assertThat(kept.get("dispatched_email").isNull()).isTrue();
            assertThat(kept.get("email_sent_at").isNull()).isTrue();
            assertThat(alerts(server, admin, id).at("/0/status").asText()).isEqualTo("open");
            JsonNode attempt = attempts(server, admin, id).get(1);
            assertThat(attempt.get("status").asText()).isEqualTo("DISPATCH_FAILED");
            assertThat(attempt.get("error_message").asText()).isNotBlank();
        } finally {
            mail = smtp(smtpPort);
        }
        Response retried = manualCode(id, body);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().at("/data/status").asText()).isEqualTo("DISPATCHED");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(adminOrder(server, admin, id).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void admin_routes_need_a_token_and_platform_access() {
        String user = server.register("Customer");
        for (String path : List.of("/admin/orders", "/admin/orders/1", "/admin/alerts", "/admin/partners", "/admin/voucher-products",
                "/admin/orders/1/fulfillment-attempts")) {
            assertThat(server.get(path, null).status()).as(path).isEqualTo(401);
            assertThat(server.get(path, user).status()).as(path).isEqualTo(403);
        }
        assertThat(server.post("/admin/orders/1/fulfillment/manual-code", null, Map.of()).status()).isEqualTo(401);
        assertThat(server.post("/admin/orders/1/fulfillment/manual-code", user, Map.of()).status()).isEqualTo(403);
        assertThat(server.post("/admin/orders/1/fulfillment/partner-retry", user, Map.of()).status()).isEqualTo(403);
        assertThat(server.post("/admin/orders/1/fulfillment/resend-email", user, Map.of()).status()).isEqualTo(403);
        assertThat(server.post("/admin/orders/1/fulfillment/manual-codes", user, Map.of()).status()).isEqualTo(403);
        assertThat(server.get("/admin/orders/1/fulfillment-attempts", admin).status()).isIn(200, 404);
        assertThat(server.get("/admin/orders/abc", admin).status()).isEqualTo(404);
    }

    @Test
    void every_log_line_of_an_attempt_carries_its_tag_and_no_line_carries_a_code() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level before = root.getLevel();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> events = new ch.qos.logback.core.read.ListAppender<>();
        events.start();
        root.addAppender(events);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            JsonNode order = failedOrder(1);
            Response r = manualCode(order.get("id").asLong(), Map.of("orderItemId", order.at("/items/0/id").asLong(), "code", "SECRET-CODE-777"));
            assertThat(r.status()).isEqualTo(200);
            String tag = "fa:" + r.json().at("/data/correlationId").asText();
            List<String> lines = new ArrayList<>();
            for (var event : List.copyOf(events.list)) lines.add(event.getFormattedMessage() + " " + event.getMDCPropertyMap());
            assertThat(lines).anyMatch(line -> line.contains(tag));
            assertThat(lines).noneMatch(line -> line.contains("SECRET-CODE-777"));
        } finally {
            root.setLevel(before);
            root.detachAppender(events);
        }
    }
}
