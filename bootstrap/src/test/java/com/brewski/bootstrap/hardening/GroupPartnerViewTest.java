package com.brewski.bootstrap.hardening;

import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a group partner (a member of another team of the order's brewery group) sees of an order, over
 * real HTTP: the order, its lines, shipping, delivery window and claim state; never the seller's money
 * (payments, paid and remaining amounts, payment flags, deposit ledger). {@code GET /orders/:id},
 * {@code GET /orders/:id/payments}, {@code GET /group-orders} and the claim routes agree.
 */
class GroupPartnerViewTest {
    private static final List<String> MONEY = List.of("totalPaidMinor", "remainingMinor", "payments", "deposits", "flags");

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixture = new TradeFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Scene(Brewery hub, Brewery partner, String group, String order) {}

    private Scene scene(String name) {
        Brewery hub = fixture.brewery(name + " Hub");
        Brewery partner = fixture.brewery(name + " Partner");
        String group = fixture.group(hub, name + " Group " + hub.teamId().substring(0, 6));
        fixture.join(group, hub, partner);
        fixture.deposit(hub, "keg", 3_000);
        String client = fixture.client(hub, name + " Bar");
        String order = fixture.order(hub, client, json("groupId", group, "groupEarliestDeliveryAt", "2025-03-10T09:00:00.000Z",
                "groupLatestDeliveryAt", "2025-03-13T17:00:00.000Z")).get("id").asText();
        fixture.customItem(hub, order, 12_000, 2);
        fixture.pay(hub, order, 5_000, "2025-03-01T10:00:00.000Z");
        fixture.depositCredit(hub, client, fixture.container(hub, 0), 700);
        return new Scene(hub, partner, group, order);
    }

    @Test
    void a_partner_reads_the_order_without_the_sellers_money_and_the_payments_route_refuses_it_alike() {
        Scene s = scene("Partner View");

        JsonNode seller = ok(server.get("/orders/" + s.order(), s.hub().token()), 200);
        JsonNode partner = ok(server.get("/orders/" + s.order(), s.partner().token()), 200);

        JsonNode order = partner.get("order");
        for (String field : MONEY) {
            assertThat(order.has(field)).as(field).isTrue();
            assertThat(order.get(field).isNull()).as(field).isTrue();
        }
        assertThat(order.get("totalMinor").asLong()).isEqualTo(24_000);
        assertThat(order.get("groupEarliestDeliveryAt").asText()).isEqualTo("2025-03-10T09:00:00.000Z");
        assertThat(order.get("groupLatestDeliveryAt").asText()).isEqualTo("2025-03-13T17:00:00.000Z");
        assertThat(order.get("groupClaimStatus").asText()).isEqualTo("unclaimed");
        assertThat(partner.get("items")).hasSize(1);
        // everything else is what the seller sees
        assertThat(withoutMoney(partner)).isEqualTo(withoutMoney(seller));
        assertThat(seller.get("order").get("payments").get("items")).hasSize(1);
        assertThat(seller.get("order").get("totalPaidMinor").asLong()).isEqualTo(5_000);
        assertThat(seller.get("order").get("deposits").isObject()).isTrue();

        // the ledger route agrees: the partner may not read the ledger
        assertThat(server.get("/orders/" + s.order() + "/payments", s.partner().token()).status()).isEqualTo(403);
        ok(server.get("/orders/" + s.order() + "/payments", s.hub().token()), 200);
    }

    @Test
    void group_order_rows_and_claim_answers_show_a_partner_no_money_of_other_teams() {
        Scene s = scene("Partner Rows");
        String partnerClient = fixture.client(s.partner(), "Partner Own Bar");
        String own = fixture.order(s.partner(), partnerClient, json("groupId", s.group())).get("id").asText();

        JsonNode page = ok(server.get("/group-orders?teamId=" + s.partner().teamId() + "&groupId=" + s.group(),
                s.partner().token()), 200);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        for (JsonNode row : page.get("results")) {
            boolean mine = row.get("id").asText().equals(own);
            for (String field : MONEY) {
                assertThat(row.get(field).isNull()).as("%s of %s", field, mine ? "own" : "hub's").isEqualTo(!mine);
            }
            assertThat(row.get("totalMinor").isNumber()).isTrue();
        }
        JsonNode hubPage = ok(server.get("/group-orders?teamId=" + s.hub().teamId() + "&groupId=" + s.group(),
                s.hub().token()), 200);
        for (JsonNode row : hubPage.get("results")) {
            boolean hubs = row.get("id").asText().equals(s.order());
            assertThat(row.get("payments").isNull()).isEqualTo(!hubs);
        }

        JsonNode claimed = ok(server.post("/orders/" + s.order() + "/group/claim", s.partner().token(),
                json("teamId", s.partner().teamId())), 200).get("order");
        assertThat(claimed.get("groupClaimStatus").asText()).isEqualTo("collating");
        for (String field : MONEY) assertThat(claimed.get(field).isNull()).as(field).isTrue();
        JsonNode released = ok(server.post("/orders/" + s.order() + "/group/release", s.partner().token(), null), 200)
                .get("order");
        assertThat(released.get("payments").isNull()).isTrue();
    }

    private static JsonNode withoutMoney(JsonNode response) {
        ObjectNode copy = response.deepCopy();
        ((ObjectNode) copy.get("order")).remove(MONEY);
        return copy;
    }
}
