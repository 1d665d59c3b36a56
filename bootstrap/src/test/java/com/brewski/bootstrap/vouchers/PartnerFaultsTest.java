package com.brewski.bootstrap.vouchers;

import com.brewski.adapters.http.partners.ZenditStub;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static com.brewski.bootstrap.vouchers.VoucherScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Partner faults against a stub over real HTTP that counts purchases: a voucher is never bought twice. */
class PartnerFaultsTest {

    @Test
    void a_purchase_that_timed_out_but_was_done_is_used_on_retry_without_a_second_purchase() {
        int port = freePort();
        GreenMail mail = smtp(port);
        try (ZenditStub zendit = ZenditStub.start().offer("slow", ZenditStub.Behaviour.SLOW_PURCHASE).hang(Duration.ofSeconds(2));
             TestServer server = TestServer.start(env(port, Map.of("ZENDIT_BASE_URL", zendit.baseUrl(),
                     "ZENDIT_API_KEY", ZenditStub.API_KEY, "ZENDIT_TIMEOUT_MS", "500")))) {
            String admin = server.adminToken();
            long variant = variant(server, admin, "Steam", 2000);
            source(server, admin, variant, partner(server, admin, "Zendit", "zendit"), "slow", 1);
            JsonNode order = order(server, "timeout@example.com", variant, 1);
            long id = order.get("id").asLong();
            pay(server, order);
            JsonNode failed = awaitStatus(server, admin, id, "NEEDS_ATTENTION");
            assertThat(failed.at("/items/0/voucher_codes")).isEmpty();
            JsonNode auto = attempts(server, admin, id).get(0);
            assertThat(auto.get("type").asText()).isEqualTo("AUTO");
            assertThat(auto.get("status").asText()).isEqualTo("PARTNER_FAILED");
            assertThat(auto.at("/partner_api_transaction/status").asText()).isEqualTo("UNKNOWN");
            assertThat(zendit.purchaseRequests()).isEqualTo(1);

            Response retry = server.post("/admin/orders/" + id + "/fulfillment/partner-retry", admin,
                    Map.of("orderItemId", order.at("/items/0/id").asLong(), "notes", "after the timeout"));
            assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
            assertThat(retry.json().get("success").asBoolean()).isTrue();
            assertThat(zendit.purchaseRequests()).isEqualTo(1);
            JsonNode done = adminOrder(server, admin, id);
            assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(done.at("/voucher_codes/0").asText()).startsWith("ZEN-");
            assertThat(mail.getReceivedMessages()).hasSize(1);
        } finally {
            mail.stop();
        }
    }

    @Test
    void untrusted_partner_answers_are_partner_failures_never_500() {
        int port = freePort();
        GreenMail mail = smtp(port);
        try (ZenditStub zendit = ZenditStub.start().offer("json", ZenditStub.Behaviour.INVALID_JSON)
                .offer("huge", ZenditStub.Behaviour.HUGE_BODY).offer("nocode", ZenditStub.Behaviour.MISSING_CODE)
                .offer("weird", ZenditStub.Behaviour.UNKNOWN_STATUS);
             TestServer server = TestServer.start(env(port, Map.of("ZENDIT_BASE_URL", zendit.baseUrl(),
                     "ZENDIT_API_KEY", ZenditStub.API_KEY, "ZENDIT_TIMEOUT_MS", "2000")))) {
            String admin = server.adminToken();
            long variant = variant(server, admin, "Bad partner", 100);
            long partner = partner(server, admin, "Zendit", "zendit");
            source(server, admin, variant, partner(server, admin, "Empty", "preloaded"), null, 1);
            JsonNode order = order(server, "bad@example.com", variant, 1);
            long id = order.get("id").asLong();
            long item = order.at("/items/0/id").asLong();
            pay(server, order);
            awaitStatus(server, admin, id, "NEEDS_ATTENTION");
            for (String offer : new String[] {"json", "huge", "nocode", "weird"}) {
                long source = source(server, admin, variant, partner, offer, 5);
                Response r = server.post("/admin/orders/" + id + "/fulfillment/partner-retry", admin,
                        Map.of("orderItemId", item, "partnerSourceId", source));
                assertThat(r.status()).as(offer + ": " + r).isEqualTo(200);
                assertThat(r.json().get("success").asBoolean()).as(offer).isFalse();
                assertThat(r.json().at("/data/status").asText()).as(offer).isEqualTo("PARTNER_FAILED");
                assertThat(r.json().at("/data/errorMessage").asText()).as(offer).isNotBlank();
            }
            assertThat(mail.getReceivedMessages()).isEmpty();
        } finally {
            mail.stop();
        }
    }

    @Test
    void the_zendit_kind_without_a_base_url_is_partner_not_configured() {
        int port = freePort();
        GreenMail mail = smtp(port);
        try (TestServer server = TestServer.start(env(port, Map.of()))) {
            String admin = server.adminToken();
            long variant = variant(server, admin, "No partner", 100);
            source(server, admin, variant, partner(server, admin, "Zendit", "zendit"), "offer-1", 1);
            JsonNode order = order(server, "none@example.com", variant, 1);
            pay(server, order);
            long id = order.get("id").asLong();
            awaitStatus(server, admin, id, "NEEDS_ATTENTION");
            JsonNode auto = attempts(server, admin, id).get(0);
            assertThat(auto.get("status").asText()).isEqualTo("FAILED");
            assertThat(auto.get("error_message").asText()).isEqualTo("partner not configured");
        } finally {
            mail.stop();
        }
    }

    @Test
    void a_server_stopped_while_a_fulfilment_job_runs_completes_the_job_once_after_restart() throws Exception {
        int port = freePort();
        GreenMail mail = smtp(port);
        try (ZenditStub zendit = ZenditStub.start().offer("slow", ZenditStub.Behaviour.SLOW_PURCHASE).hang(Duration.ofSeconds(8))) {
            Map<String, String> env = env(port, Map.of("ZENDIT_BASE_URL", zendit.baseUrl(), "ZENDIT_API_KEY", ZenditStub.API_KEY,
                    "ZENDIT_TIMEOUT_MS", "20000"));
            TestServer first = TestServer.start(env);
            String admin = first.adminToken();
            long variant = variant(first, admin, "Restart", 700);
            source(first, admin, variant, partner(first, admin, "Zendit", "zendit"), "slow", 1);
            JsonNode order = order(first, "restart@example.com", variant, 1);
            long id = order.get("id").asLong();
            pay(first, order);
            assertThat(zendit.awaitPurchase(Duration.ofSeconds(30))).isTrue();
            first.close(); // the job is inside the partner call

            zendit.offer("slow", ZenditStub.Behaviour.DONE);
            try (TestServer again = TestServer.startSharing(first, env)) {
                String admin2 = again.adminToken();
                JsonNode done = awaitStatus(again, admin2, id, "SUCCEEDED");
                assertThat(done.at("/voucher_codes/0").asText()).startsWith("ZEN-");
                assertThat(zendit.purchaseRequests()).isEqualTo(1);
                await("the voucher email", () -> mail.getReceivedMessages().length == 1);
                sleep(1500);
                assertThat(mail.getReceivedMessages()).hasSize(1);
                long auto = 0;
                for (JsonNode a : attempts(again, admin2, id)) if (a.get("type").asText().equals("AUTO")) auto++;
                assertThat(auto).isEqualTo(1);
            }
        } finally {
            mail.stop();
        }
    }
}
