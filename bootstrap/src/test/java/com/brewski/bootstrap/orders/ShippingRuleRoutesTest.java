package com.brewski.bootstrap.orders;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.brewski.bootstrap.orders.OrderRoutesTest.fieldNames;
import static com.brewski.bootstrap.orders.OrderRoutesTest.parse;
import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/** A team's shipping rules over real HTTP, and how orders charge shipping: auto from the rules, manual, none. */
@ExtendWith(SharedServer.class)
class ShippingRuleRoutesTest {
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    @Test
    void an_owner_creates_lists_changes_and_deletes_rules() {
        Brewery brewery = fixture.brewery("Rules Brewery");

        JsonNode created = ok(server.post("/shipping-rules", brewery.token(), json("teamId", brewery.teamId(),
                "name", "  Standard pallet ", "amountMinor", 5500)), 201);

        assertThat(fieldNames(created)).containsExactly("rule");
        JsonNode rule = created.get("rule");
        assertThat(fieldNames(rule)).containsExactly("id", "teamId", "name", "amountMinor", "minSubtotalMinor",
                "freeAboveMinor", "createdAt", "updatedAt");
        assertThat(rule.get("teamId").asText()).isEqualTo(brewery.teamId());
        assertThat(rule.get("name").asText()).isEqualTo("Standard pallet");
        assertThat(rule.get("amountMinor").asLong()).isEqualTo(5500);
        assertThat(rule.get("minSubtotalMinor").asLong()).isZero();
        assertThat(rule.get("freeAboveMinor").isNull()).isTrue();
        String id = rule.get("id").asText();
        fixture.shippingRule(brewery, "Big order", 9000, 100000, 500000L);

        JsonNode list = ok(server.get("/shipping-rules?teamId=" + brewery.teamId(), brewery.token()), 200);
        assertThat(fieldNames(list)).containsExactly("results");
        assertThat(list.get("results")).hasSize(2);
        assertThat(list.get("results").get(0)).isEqualTo(rule);
        assertThat(list.get("results").get(1).get("freeAboveMinor").asLong()).isEqualTo(500000);

        JsonNode changed = ok(server.patch("/shipping-rules/" + id, brewery.token(), json("amountMinor", 6000,
                "freeAboveMinor", 200000)), 200).get("rule");
        assertThat(changed.get("name").asText()).isEqualTo("Standard pallet");
        assertThat(changed.get("amountMinor").asLong()).isEqualTo(6000);
        assertThat(changed.get("freeAboveMinor").asLong()).isEqualTo(200000);
        assertThat(changed.get("createdAt")).isEqualTo(rule.get("createdAt"));
        JsonNode cleared = ok(server.patch("/shipping-rules/" + id, brewery.token(), json("freeAboveMinor", null,
                "name", "Pallet")), 200).get("rule");
        assertThat(cleared.get("freeAboveMinor").isNull()).isTrue();
        assertThat(cleared.get("name").asText()).isEqualTo("Pallet");
        assertThat(cleared.get("amountMinor").asLong()).isEqualTo(6000);

        assertThat(server.delete("/shipping-rules/" + id, brewery.token()).status()).isEqualTo(204);
        assertThat(ok(server.get("/shipping-rules?teamId=" + brewery.teamId(), brewery.token()), 200).get("results")).hasSize(1);
        refused(server.delete("/shipping-rules/" + id, brewery.token()), 404, "Shipping rule not found");
        refused(server.patch("/shipping-rules/" + id, brewery.token(), json("amountMinor", 1)), 404, "Shipping rule not found");
    }

    @Test
    void bad_rule_fields_are_refused_naming_them() {
        Brewery brewery = fixture.brewery("Bad Rules Brewery");
        String team = brewery.teamId();
        String id = fixture.shippingRule(brewery, "Standard", 500, 0, null);

        refusedNaming(server.post("/shipping-rules", brewery.token(), json("name", "X", "amountMinor", 1)), "teamId");
        refusedNaming(server.post("/shipping-rules", brewery.token(), json("teamId", team, "amountMinor", 1)), "name");
        refusedNaming(server.post("/shipping-rules", brewery.token(), json("teamId", team, "name", "X")), "amountMinor");
        refusedNaming(server.post("/shipping-rules", brewery.token(), json("teamId", team, "name", "X", "amountMinor", "5")), "amountMinor");
        refusedNaming(server.post("/shipping-rules", brewery.token(), json("teamId", team, "name", "X", "amountMinor", -1)), "amountMinor");
        refusedNaming(server.post("/shipping-rules", brewery.token(), json("teamId", team, "name", "X", "amountMinor", 1,
                "minSubtotalMinor", -5)), "minSubtotalMinor");
        refusedNaming(server.post("/shipping-rules", brewery.token(), json("teamId", team, "name", "X", "amountMinor", 1,
                "freeAboveMinor", 2.5)), "freeAboveMinor");
        refused(server.patch("/shipping-rules/" + id, brewery.token(), json()), 400, "at least one field is required");
        refusedNaming(server.patch("/shipping-rules/" + id, brewery.token(), json("amountMinor", null)), "amountMinor");
        refusedNaming(server.patch("/shipping-rules/" + id, brewery.token(), json("name", null)), "name");
        refusedNaming(server.get("/shipping-rules", brewery.token()), "teamId");
        refused(server.get("/shipping-rules?teamId=" + MISSING, brewery.token()), 404, "Team not found");
        refused(server.patch("/shipping-rules/not-an-id", brewery.token(), json("amountMinor", 1)), 404, "Shipping rule not found");
        refused(server.delete("/shipping-rules/" + MISSING, brewery.token()), 404, "Shipping rule not found");
    }

    @Test
    void members_read_rules_but_only_owners_and_admins_write_them_and_other_teams_do_neither() {
        Brewery brewery = fixture.brewery("Guarded Rules Brewery");
        String id = fixture.shippingRule(brewery, "Standard", 500, 0, null);
        String member = fixture.memberOf(brewery, "member");
        String admin = fixture.memberOf(brewery, "admin");
        Brewery other = fixture.brewery("Other Rules Brewery");

        assertThat(ok(server.get("/shipping-rules?teamId=" + brewery.teamId(), member), 200).get("results")).hasSize(1);
        refused(server.post("/shipping-rules", member, json("teamId", brewery.teamId(), "name", "X", "amountMinor", 1)), 403, "forbidden");
        refused(server.patch("/shipping-rules/" + id, member, json("amountMinor", 1)), 403, "forbidden");
        refused(server.delete("/shipping-rules/" + id, member), 403, "forbidden");
        ok(server.patch("/shipping-rules/" + id, admin, json("amountMinor", 700)), 200);

        refused(server.get("/shipping-rules?teamId=" + brewery.teamId(), other.token()), 403, "forbidden");
        refused(server.post("/shipping-rules", other.token(), json("teamId", brewery.teamId(), "name", "X", "amountMinor", 1)), 403, "forbidden");
        refused(server.patch("/shipping-rules/" + id, other.token(), json("amountMinor", 1)), 403, "forbidden");
        refused(server.delete("/shipping-rules/" + id, other.token()), 403, "forbidden");
        refused(server.get("/shipping-rules?teamId=" + brewery.teamId(), null), 401, "unauthorized");
        refused(server.post("/shipping-rules", null, json("teamId", brewery.teamId(), "name", "X", "amountMinor", 1)), 401, "unauthorized");
        refused(server.delete("/shipping-rules/" + id, null), 401, "unauthorized");

        JsonNode rule = ok(server.get("/shipping-rules?teamId=" + brewery.teamId(), brewery.token()), 200).get("results").get(0);
        assertThat(rule.get("amountMinor").asLong()).isEqualTo(700);
    }

    @Test
    void auto_shipping_picks_the_rule_the_items_subtotal_meets_and_the_order_subtotal_includes_it() {
        Brewery brewery = fixture.brewery("Auto Ship Brewery");
        String standard = fixture.shippingRule(brewery, "Standard", 500, 0, 10000L);
        String pallet = fixture.shippingRule(brewery, "Pallet", 2000, 5000, 20000L);
        String client = fixture.client(brewery, "Auto Bar");
        JsonNode order = fixture.order(brewery, client);
        String id = order.get("id").asText();
        assertThat(order.get("shipping")).isEqualTo(parse("{\"mode\":\"auto\",\"ruleId\":\"" + standard
                + "\",\"ruleName\":\"Standard\",\"amountMinor\":500,\"notes\":null}"));
        assertThat(order.get("subtotalMinor").asLong()).isEqualTo(500);

        JsonNode small = fixture.customItem(brewery, id, 1000, 1).get("order");
        assertThat(small.get("shipping").get("ruleName").asText()).isEqualTo("Standard");
        assertThat(small.get("subtotalMinor").asLong()).isEqualTo(1500);
        assertThat(small.get("totalMinor").asLong()).isEqualTo(1500);

        JsonNode taxed = ok(server.post("/orders/" + id + "/items", brewery.token(), json("kind", "custom",
                "description", "Taxed", "quantity", 1, "unitPriceMinor", 5000, "taxRate", 20)), 201).get("order");
        assertThat(taxed.get("shipping").get("ruleId").asText()).isEqualTo(pallet);
        assertThat(taxed.get("shipping").get("amountMinor").asLong()).isEqualTo(2000);
        assertThat(taxed.get("subtotalMinor").asLong()).isEqualTo(6000 + 2000);
        assertThat(taxed.get("taxTotalMinor").asLong()).isEqualTo(1000);
        assertThat(taxed.get("totalMinor").asLong()).isEqualTo(9000);

        JsonNode free = fixture.customItem(brewery, id, 15000, 1).get("order");
        assertThat(free.get("shipping").get("ruleName").asText()).isEqualTo("Pallet");
        assertThat(free.get("shipping").get("amountMinor").asLong()).isZero();
        assertThat(free.get("subtotalMinor").asLong()).isEqualTo(21000);
    }

    @Test
    void manual_shipping_charges_its_amount_and_none_charges_nothing() {
        Brewery brewery = fixture.brewery("Manual Ship Brewery");
        fixture.shippingRule(brewery, "Standard", 500, 0, null);
        String client = fixture.client(brewery, "Manual Bar");

        JsonNode manual = fixture.order(brewery, client, json("shipping", json("mode", "manual", "amountMinor", 750, "notes", "Courier")));
        assertThat(manual.get("shipping")).isEqualTo(parse("{\"mode\":\"manual\",\"ruleId\":null,\"ruleName\":null,"
                + "\"amountMinor\":750,\"notes\":\"Courier\"}"));
        String id = manual.get("id").asText();
        assertThat(fixture.customItem(brewery, id, 1000, 1).get("order").get("subtotalMinor").asLong()).isEqualTo(1750);

        JsonNode none = ok(server.patch("/orders/" + id, brewery.token(), json("shipping", json("mode", "none"))), 200).get("order");
        assertThat(none.get("shipping")).isEqualTo(parse("{\"mode\":\"none\",\"ruleId\":null,\"ruleName\":null,\"amountMinor\":0,\"notes\":null}"));
        assertThat(none.get("subtotalMinor").asLong()).isEqualTo(1000);

        JsonNode auto = ok(server.patch("/orders/" + id, brewery.token(), json("shipping", json("mode", "auto"))), 200).get("order");
        assertThat(auto.get("shipping").get("ruleName").asText()).isEqualTo("Standard");
        assertThat(auto.get("subtotalMinor").asLong()).isEqualTo(1500);

        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("shipping", json("mode", "manual"))), "shipping.amountMinor");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("shipping", json("mode", "none", "amountMinor", 5))), "shipping.amountMinor");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("shipping", json("mode", "manual", "amountMinor", -5))), "shipping.amountMinor");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("shipping", json("amountMinor", 5))), "shipping.mode");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("shipping", "manual")), "shipping");
    }

    @Test
    void a_changed_rule_reaches_an_order_on_its_next_change() {
        Brewery brewery = fixture.brewery("Later Ship Brewery");
        String client = fixture.client(brewery, "Later Bar");
        String id = fixture.order(brewery, client).get("id").asText();
        fixture.customItem(brewery, id, 1000, 1);

        fixture.shippingRule(brewery, "Flat", 400, 0, null);
        assertThat(ok(server.get("/orders/" + id, brewery.token()), 200).get("order").get("shipping").get("amountMinor").asLong()).isZero();

        JsonNode changed = ok(server.patch("/orders/" + id, brewery.token(), json("notes", "touch")), 200).get("order");
        assertThat(changed.get("shipping").get("ruleName").asText()).isEqualTo("Flat");
        assertThat(changed.get("subtotalMinor").asLong()).isEqualTo(1400);
        assertThat(changed.get("totalMinor").asLong()).isEqualTo(1400);
    }
}
