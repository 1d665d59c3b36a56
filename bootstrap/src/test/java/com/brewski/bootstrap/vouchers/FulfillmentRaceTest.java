package com.brewski.bootstrap.vouchers;

import com.brewski.adapters.http.partners.ZenditStub;
import com.brewski.bootstrap.testing.Race;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.vouchers.VoucherScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's idempotency promise under concurrency: whoever races for one item, exactly one DISPATCHED
 * attempt and one email, the other request 409 — on one server, and on two instances over one PostgreSQL.
 */
class FulfillmentRaceTest {
    private static GreenMail mail;
    private static ZenditStub zendit;
    private static TestServer one;
    private static TestServer two;
    private static String admin;
    private static long variant;

    @BeforeAll
    static void start() {
        int port = freePort();
        mail = smtp(port);
        zendit = ZenditStub.start().offer("slow", ZenditStub.Behaviour.DONE);
        Map<String, String> env = env(port, Map.of("ZENDIT_BASE_URL", zendit.baseUrl(), "ZENDIT_API_KEY", ZenditStub.API_KEY));
        one = TestServer.start(env);
        two = TestServer.startSharing(one, env);
        admin = one.adminToken();
        variant = variant(one, admin, "Amazon", 1000);
        source(one, admin, variant, partner(one, admin, "Empty", "preloaded"), null, 1);
    }

    @AfterAll
    static void stop() {
        two.close();
        one.close();
        zendit.close();
        mail.stop();
    }

    private static JsonNode failedOrder() {
        JsonNode order = order(one, "race@example.com", variant, 1);
        pay(one, order);
        return awaitStatus(one, admin, order.get("id").asLong(), "NEEDS_ATTENTION");
    }

    private static long emailsFor(long orderId) {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().equals("Your vouchers — Order #" + orderId);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).count();
    }

    private static void assertOneDispatch(long orderId, List<Response> responses) {
        assertThat(Race.count(responses, 200)).as(responses.toString()).isEqualTo(1);
        assertThat(Race.count(responses, 409)).as(responses.toString()).isEqualTo(1);
        assertThat(emailsFor(orderId)).isEqualTo(1);
        long dispatched = 0;
        for (JsonNode a : attempts(one, admin, orderId)) if (a.get("status").asText().equals("DISPATCHED")) dispatched++;
        assertThat(dispatched).isEqualTo(1);
        assertThat(adminOrder(one, admin, orderId).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void two_operators_on_one_server_submitting_codes_for_one_item_dispatch_once() {
        JsonNode order = failedOrder();
        long id = order.get("id").asLong();
        long item = order.at("/items/0/id").asLong();
        List<Response> responses = Race.of(2, i -> one.post("/admin/orders/" + id + "/fulfillment/manual-code", admin,
                Map.of("orderItemId", item, "code", "RACE-ONE-" + id + "-" + i)));
        assertOneDispatch(id, responses);
    }

    @Test
    void two_operators_on_two_instances_over_one_database_dispatch_once() {
        JsonNode order = failedOrder();
        long id = order.get("id").asLong();
        long item = order.at("/items/0/id").asLong();
        String adminOnTwo = two.adminToken();
        List<Response> responses = Race.of(2, i -> (i == 0 ? one : two).post("/admin/orders/" + id + "/fulfillment/manual-code",
                i == 0 ? admin : adminOnTwo, Map.of("orderItemId", item, "code", "RACE-TWO-" + id + "-" + i)));
        assertOneDispatch(id, responses);
    }

    @Test
    void a_manual_code_racing_a_partner_retry_dispatches_once() {
        JsonNode order = failedOrder();
        long id = order.get("id").asLong();
        long item = order.at("/items/0/id").asLong();
        long source = source(one, admin, variant, partner(one, admin, "Zendit " + id, "zendit"), "slow", 9);
        List<Response> responses = Race.of(2, i -> i == 0
                ? one.post("/admin/orders/" + id + "/fulfillment/partner-retry", admin, Map.of("orderItemId", item, "partnerSourceId", source))
                : two.post("/admin/orders/" + id + "/fulfillment/manual-code", two.adminToken(), Map.of("orderItemId", item, "code", "RACE-MIX-" + id)));
        assertOneDispatch(id, responses);
        one.patch("/admin/partner-sources/" + source, admin, Map.of("active", false));
    }
}
