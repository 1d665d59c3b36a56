package com.brewski.bootstrap.hardening;

import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money that cannot overflow, over real HTTP: every money input has an upper bound, a price too large
 * for a line is refused where it is entered, and an order whose total would pass 10^13 minor units is
 * refused naming the field that pushed it over, so every amount on the wire stays below 2^53.
 */
class MoneyBoundsTest {
    private static final long CAP = 10_000_000_000_000L;
    private static final long MAX_PRICE = 100_000_000_000L;
    private static final long JS_SAFE = 1L << 53;

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

    @Test
    void shipping_rule_amounts_and_thresholds_past_the_cap_are_refused_naming_the_field() {
        Brewery brewery = fixture.brewery("Rule Bounds Brewery");
        for (String field : new String[] {"amountMinor", "minSubtotalMinor", "freeAboveMinor"}) {
            var body = json("teamId", brewery.teamId(), "name", "Huge", "amountMinor", 500, "minSubtotalMinor", 0,
                    "freeAboveMinor", null);
            body.put(field, Long.MAX_VALUE);
            refused(server.post("/shipping-rules", brewery.token(), body), 400, field + " must be at most " + CAP);
            body.put(field, CAP + 1);
            refused(server.post("/shipping-rules", brewery.token(), body), 400, field + " must be at most " + CAP);
        }
        String rule = fixture.shippingRule(brewery, "Flat", 500, 0, null);
        refused(server.patch("/shipping-rules/" + rule, brewery.token(), json("amountMinor", 9223372036854775807L)),
                400, "amountMinor must be at most " + CAP);
        // the largest allowed rule is fine
        fixture.shippingRule(brewery, "Largest", CAP, CAP, CAP);
    }

    @Test
    void a_line_whose_amount_would_pass_the_cap_is_refused_naming_quantity_and_the_order_is_unchanged() {
        Brewery brewery = fixture.brewery("Line Bounds Brewery");
        String client = fixture.client(brewery, "Line Bounds Bar");
        String order = fixture.order(brewery, client).get("id").asText();

        // the 1,000,000 × 100,000,000,000 at 100 % tax
        refusedNaming(server.post("/orders/" + order + "/items", brewery.token(), json("kind", "custom",
                "description", "Huge", "quantity", 1_000_000, "unitPriceMinor", MAX_PRICE, "taxRate", 100)), "quantity");
        refused(server.post("/orders/" + order + "/items", brewery.token(), json("kind", "custom",
                        "description", "Huge", "quantity", 1, "unitPriceMinor", MAX_PRICE + 1)),
                400, "unitPriceMinor must be at most " + MAX_PRICE);

        JsonNode after = ok(server.get("/orders/" + order, brewery.token()), 200).get("order");
        assertThat(after.get("totalMinor").asLong()).isZero();
    }

    @Test
    void lines_that_together_would_pass_the_cap_are_refused_naming_the_field_that_pushed_the_total_over() {
        Brewery brewery = fixture.brewery("Total Bounds Brewery");
        String client = fixture.client(brewery, "Total Bounds Bar");
        String order = fixture.order(brewery, client).get("id").asText();

        // 60 × 10^11 = 6 × 10^12 each: one fits, two would pass 10^13
        JsonNode first = fixture.customItem(brewery, order, MAX_PRICE, 60);
        assertThat(first.get("order").get("totalMinor").asLong()).isEqualTo(6_000_000_000_000L);
        refused(server.post("/orders/" + order + "/items", brewery.token(), json("kind", "custom",
                        "description", "Second", "quantity", 60, "unitPriceMinor", MAX_PRICE)),
                400, "quantity would take the amount over the limit of " + CAP + " minor units");

        // a second small line, then a price change on it that would take the order over
        JsonNode second = fixture.customItem(brewery, order, 100, 1);
        String itemId = second.get("item").get("id").asText();
        refused(server.patch("/orders/" + order + "/items/" + itemId, brewery.token(), json("quantity", 50,
                        "unitPriceMinor", MAX_PRICE)),
                400, "unitPriceMinor would take the amount over the limit of " + CAP + " minor units");
        // manual shipping that would take it over names the shipping amount
        refused(server.patch("/orders/" + order, brewery.token(), json("shipping",
                        json("mode", "manual", "amountMinor", 5_000_000_000_000L))),
                400, "shipping.amountMinor would take the amount over the limit of " + CAP + " minor units");
        refused(server.patch("/orders/" + order, brewery.token(), json("shipping",
                        json("mode", "manual", "amountMinor", Long.MAX_VALUE))),
                400, "shipping.amountMinor must be at most " + CAP);

        JsonNode after = ok(server.get("/orders/" + order, brewery.token()), 200).get("order");
        assertThat(after.get("totalMinor").asLong()).isEqualTo(6_000_000_000_100L).isLessThan(JS_SAFE);
        assertThat(after.get("subtotalMinor").asLong()).isEqualTo(6_000_000_000_100L);
    }

    @Test
    void a_shipping_rule_at_the_cap_cannot_take_an_order_over_it() {
        Brewery brewery = fixture.brewery("Auto Shipping Bounds Brewery");
        fixture.shippingRule(brewery, "Everything", CAP, 0, null);
        String client = fixture.client(brewery, "Auto Shipping Bar");
        String order = fixture.order(brewery, client).get("id").asText();

        refusedNaming(server.post("/orders/" + order + "/items", brewery.token(), json("kind", "custom",
                "description", "Glassware", "quantity", 1, "unitPriceMinor", 100)), "quantity");
        JsonNode after = ok(server.get("/orders/" + order, brewery.token()), 200).get("order");
        assertThat(after.get("totalMinor").asLong()).isEqualTo(CAP);
    }

    @Test
    void payments_of_one_order_cannot_add_up_past_the_cap() {
        Brewery brewery = fixture.brewery("Payment Bounds Brewery");
        String client = fixture.client(brewery, "Payment Bounds Bar");
        String order = fixture.order(brewery, client).get("id").asText();
        long max = 1_000_000_000_000L;

        refused(server.post("/orders/" + order + "/payments", brewery.token(), json("amountMinor", max + 1,
                "paymentMethod", "card")), 400, "amountMinor is too large");
        for (int i = 0; i < 10; i++) fixture.pay(brewery, order, max, "2025-03-01T10:00:00.000Z");
        refused(server.post("/orders/" + order + "/payments", brewery.token(), json("amountMinor", 1,
                "paymentMethod", "card")), 400, "amountMinor would take the amount over the limit of " + CAP + " minor units");

        JsonNode ledger = ok(server.get("/orders/" + order, brewery.token()), 200).get("order");
        assertThat(ledger.get("totalPaidMinor").asLong()).isEqualTo(CAP).isLessThan(JS_SAFE);
        assertThat(ledger.get("payments").get("items")).hasSize(10);
    }

    @Test
    void pricebook_and_multipack_prices_too_large_for_a_line_are_refused_where_they_are_entered() {
        Brewery brewery = fixture.brewery("Price Bounds Brewery");
        String container = fixture.container(brewery, 0);
        String beer = fixture.beer(brewery, "Bounded Pils", "managed");
        String book = fixture.defaultPricebook(brewery);

        refused(server.post("/pricebooks/" + book + "/items", brewery.token(), json("beerId", beer,
                "containerId", container, "priceMinor", MAX_PRICE + 1)), 400, "priceMinor must be at most " + MAX_PRICE);
        JsonNode item = ok(server.post("/pricebooks/" + book + "/items", brewery.token(), json("beerId", beer,
                "containerId", container, "priceMinor", 12_000)), 201);
        String itemId = item.get("item").get("id").asText();
        refused(server.patch("/pricebooks/" + book + "/items/" + itemId, brewery.token(),
                json("priceMinor", Long.MAX_VALUE)), 400, "priceMinor must be at most " + MAX_PRICE);

        refused(server.post("/multipacks", brewery.token(), json("teamId", brewery.teamId(), "name", "Crate",
                "packSize", 12, "beerId", beer, "containerId", container, "defaultPriceMinor", MAX_PRICE + 1)),
                400, "defaultPriceMinor must be at most " + MAX_PRICE);
        String pack = fixture.multipack(brewery, "Crate", 12, beer, container, 5_000);
        refused(server.patch("/multipacks/" + pack, brewery.token(), json("defaultPriceMinor", Long.MAX_VALUE)),
                400, "defaultPriceMinor must be at most " + MAX_PRICE);
        refused(server.put("/settings", brewery.token(), json("teamId", brewery.teamId(), "defaultContainers",
                        java.util.List.of(json("id", container, "priceMinor", MAX_PRICE + 1, "selected", true)))),
                400, "defaultContainers.priceMinor must be at most " + MAX_PRICE);
    }
}
