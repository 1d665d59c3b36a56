package com.brewski.bootstrap.orders;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.brewski.bootstrap.orders.OrderRoutesTest.fieldNames;
import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/** Line items of an order over real HTTP: arithmetic, pricing from pricebooks, manual stock and the errors. */
@ExtendWith(SharedServer.class)
class OrderItemRoutesTest {
    static final List<String> ITEM_FIELDS = List.of("id", "orderId", "kind", "beerId", "beerName", "multipackId",
            "multipackName", "packSize", "componentContainerId", "componentContainerName", "componentContainerType",
            "description", "quantity", "unit", "unitPriceMinor", "taxRate", "discountType", "discountValue",
            "discountMinor", "lineTotalMinor", "createdAt", "updatedAt");
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    private record Scene(Brewery brewery, String clientId, String orderId) {}

    private Scene scene(String name) {
        Brewery brewery = fixture.brewery(name);
        String client = fixture.client(brewery, name + " Bar");
        return new Scene(brewery, client, fixture.order(brewery, client).get("id").asText());
    }

    private JsonNode add(Scene scene, Object body) {
        return ok(server.post("/orders/" + scene.orderId() + "/items", scene.brewery().token(), body), 201);
    }

    @Test
    void a_custom_charge_follows_the_line_arithmetic_and_the_order_totals_follow_the_lines() {
        Scene scene = scene("Sum Brewery");

        JsonNode added = add(scene, json("kind", "custom", "description", "Pallet delivery", "unit", "Charge",
                "quantity", 1, "unitPriceMinor", 2500, "taxRate", 20, "discountType", "fixed", "discountValue", 5));

        assertThat(fieldNames(added)).containsExactly("item", "order", "items");
        JsonNode item = added.get("item");
        assertThat(fieldNames(item)).containsExactlyElementsOf(ITEM_FIELDS);
        assertThat(item.get("orderId").asText()).isEqualTo(scene.orderId());
        assertThat(item.get("kind").asText()).isEqualTo("custom");
        for (String field : List.of("beerId", "beerName", "multipackId", "multipackName", "packSize",
                "componentContainerId", "componentContainerName", "componentContainerType"))
            assertThat(item.get(field).isNull()).as(field).isTrue();
        assertThat(item.get("description").asText()).isEqualTo("Pallet delivery");
        assertThat(item.get("unit").asText()).isEqualTo("Charge");
        assertThat(item.get("quantity").isNumber()).isTrue();
        assertThat(item.get("quantity").decimalValue()).isEqualByComparingTo("1");
        assertThat(item.get("unitPriceMinor").asLong()).isEqualTo(2500);
        assertThat(item.get("taxRate").decimalValue()).isEqualByComparingTo("20");
        assertThat(item.get("discountType").asText()).isEqualTo("fixed");
        assertThat(item.get("discountValue").decimalValue()).isEqualByComparingTo("5");
        assertThat(item.get("discountMinor").asLong()).isEqualTo(500);
        assertThat(item.get("lineTotalMinor").asLong()).isEqualTo(2400); // (2500 − 500) + 20% tax of 2000
        assertThat(added.get("items")).hasSize(1);
        assertThat(added.get("items").get(0)).isEqualTo(item);
        JsonNode order = added.get("order");
        assertThat(order.get("subtotalMinor").asLong()).isEqualTo(2000);
        assertThat(order.get("taxTotalMinor").asLong()).isEqualTo(400);
        assertThat(order.get("totalMinor").asLong()).isEqualTo(2400);
        assertThat(order.get("remainingMinor").asLong()).isEqualTo(2400);
        assertThat(order.get("totalPaidMinor").asLong()).isZero();
        assertThat(order.get("payments").get("summary").get("remainingMinor").asLong()).isEqualTo(2400);
        assertThat(order.get("flags").get("paid").asBoolean()).isFalse();

        JsonNode second = add(scene, json("kind", "custom", "description", "Glassware", "quantity", 2.5,
                "unitPriceMinor", 333, "taxRate", 17.5, "discountType", "percentage", "discountValue", 10));
        JsonNode glass = second.get("item");
        // gross 2.5 × 333 = 832.5 → 833; 10% → 83.3 → 83; net 750; tax 17.5% → 131.25 → 131; total 881
        assertThat(glass.get("discountMinor").asLong()).isEqualTo(83);
        assertThat(glass.get("lineTotalMinor").asLong()).isEqualTo(881);
        assertThat(glass.get("quantity").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(glass.get("taxRate").decimalValue()).isEqualByComparingTo("17.5");
        JsonNode totals = second.get("order");
        assertThat(totals.get("subtotalMinor").asLong()).isEqualTo(2000 + 750);
        assertThat(totals.get("taxTotalMinor").asLong()).isEqualTo(400 + 131);
        assertThat(totals.get("totalMinor").asLong()).isEqualTo(2750 + 531);
        assertThat(second.get("items")).hasSize(2);
        assertThat(second.get("items").get(0).get("description").asText()).isEqualTo("Pallet delivery");
        assertThat(second.get("items").get(1).get("description").asText()).isEqualTo("Glassware");

        JsonNode read = ok(server.get("/orders/" + scene.orderId(), scene.brewery().token()), 200);
        assertThat(read.get("items")).isEqualTo(second.get("items"));
        assertThat(read.get("order").get("totalMinor").asLong()).isEqualTo(3281);
    }

    @Test
    void a_beer_line_is_described_from_the_beer_and_container_and_priced_from_the_clients_pricebook_with_its_discount() {
        Brewery brewery = fixture.brewery("Pricing Brewery");
        String beer = fixture.beer(brewery, "Lantern Pils", "managed");
        String keg = fixture.container(brewery, 0);
        String kegName = fixture.containerName(brewery, keg);
        String trade = fixture.pricebook(brewery, "Trade");
        fixture.price(brewery, trade, json("beerId", beer, "containerId", keg, "priceMinor", 30000, "discountPercent", 10));
        fixture.price(brewery, fixture.defaultPricebook(brewery), json("beerId", beer, "containerId", keg, "priceMinor", 35000));
        String client = fixture.client(brewery, "Trade Bar", json("pricebookId", trade));
        String orderId = fixture.order(brewery, client).get("id").asText();

        JsonNode added = ok(server.post("/orders/" + orderId + "/items", brewery.token(),
                json("beerId", beer, "containerId", keg, "quantity", 6, "taxRate", 20)), 201);

        JsonNode item = added.get("item");
        assertThat(item.get("kind").asText()).isEqualTo("standard");
        assertThat(item.get("beerId").asText()).isEqualTo(beer);
        assertThat(item.get("beerName").asText()).isEqualTo("Lantern Pils");
        assertThat(item.get("componentContainerId").asText()).isEqualTo(keg);
        assertThat(item.get("componentContainerName").asText()).isEqualTo(kegName);
        assertThat(item.get("componentContainerType").isTextual()).isTrue();
        assertThat(item.get("multipackId").isNull()).isTrue();
        assertThat(item.get("packSize").isNull()).isTrue();
        assertThat(item.get("description").asText()).isEqualTo("Lantern Pils – " + kegName);
        assertThat(item.get("unit").asText()).isEqualTo(kegName);
        assertThat(item.get("unitPriceMinor").asLong()).isEqualTo(30000);
        assertThat(item.get("discountType").asText()).isEqualTo("percentage");
        assertThat(item.get("discountValue").decimalValue()).isEqualByComparingTo("10");
        assertThat(item.get("discountMinor").asLong()).isEqualTo(18000);
        assertThat(item.get("lineTotalMinor").asLong()).isEqualTo(194400); // (180000 − 18000) × 1.2

        JsonNode given = ok(server.post("/orders/" + orderId + "/items", brewery.token(), json("beerId", beer,
                "containerId", keg, "quantity", 1, "unitPriceMinor", 100, "description", "Sample", "unit", "Keg")), 201).get("item");
        assertThat(given.get("unitPriceMinor").asLong()).isEqualTo(100);
        assertThat(given.get("discountType").isNull()).isTrue();
        assertThat(given.get("description").asText()).isEqualTo("Sample");
        assertThat(given.get("unit").asText()).isEqualTo("Keg");
    }

    @Test
    void without_a_client_price_the_default_pricebook_then_the_multipack_price_apply_else_unit_price_is_required() {
        Brewery brewery = fixture.brewery("Fallback Brewery");
        String beer = fixture.beer(brewery, "Fallback Ale", "managed");
        String keg = fixture.container(brewery, 0);
        String cask = fixture.container(brewery, 1);
        fixture.price(brewery, fixture.defaultPricebook(brewery), json("beerId", beer, "containerId", keg, "priceMinor", 8000));
        String emptyBook = fixture.pricebook(brewery, "Empty");
        String client = fixture.client(brewery, "Fallback Bar", json("pricebookId", emptyBook));
        String pack = fixture.multipack(brewery, "Fallback 6-pack", 6, beer, cask, 1500);
        String orderId = fixture.order(brewery, client).get("id").asText();
        String path = "/orders/" + orderId + "/items";

        JsonNode fromDefault = ok(server.post(path, brewery.token(), json("beerId", beer, "containerId", keg, "quantity", 1)), 201).get("item");
        assertThat(fromDefault.get("unitPriceMinor").asLong()).isEqualTo(8000);
        assertThat(fromDefault.get("discountType").isNull()).isTrue();

        JsonNode fromPack = ok(server.post(path, brewery.token(), json("multipackId", pack, "quantity", 2)), 201).get("item");
        assertThat(fromPack.get("unitPriceMinor").asLong()).isEqualTo(1500);
        assertThat(fromPack.get("multipackId").asText()).isEqualTo(pack);
        assertThat(fromPack.get("multipackName").asText()).isEqualTo("Fallback 6-pack");
        assertThat(fromPack.get("packSize").asInt()).isEqualTo(6);
        assertThat(fromPack.get("beerId").asText()).isEqualTo(beer);
        assertThat(fromPack.get("beerName").asText()).isEqualTo("Fallback Ale");
        assertThat(fromPack.get("componentContainerId").asText()).isEqualTo(cask);
        assertThat(fromPack.get("description").asText()).isEqualTo("Fallback 6-pack");
        assertThat(fromPack.get("unit").asText()).isEqualTo("Pack of 6");
        assertThat(fromPack.get("lineTotalMinor").asLong()).isEqualTo(3000);

        fixture.price(brewery, emptyBook, json("multipackId", pack, "priceMinor", 1200, "discountPercent", 5));
        JsonNode packFromBook = ok(server.post(path, brewery.token(), json("multipackId", pack, "quantity", 1)), 201).get("item");
        assertThat(packFromBook.get("unitPriceMinor").asLong()).isEqualTo(1200);
        assertThat(packFromBook.get("discountMinor").asLong()).isEqualTo(60);

        refusedNaming(server.post(path, brewery.token(), json("beerId", beer, "containerId", cask, "quantity", 1)), "unitPriceMinor");
    }

    @Test
    void adding_an_item_refuses_what_the_contract_lists() {
        Scene scene = scene("Errors Brewery");
        Brewery brewery = scene.brewery();
        String beer = fixture.beer(brewery, "Errors Ale", "managed");
        String keg = fixture.container(brewery, 0);
        String path = "/orders/" + scene.orderId() + "/items";

        refused(server.post(path, brewery.token(), json("quantity", 1, "unitPriceMinor", 100)), 400,
                "beerId and containerId are required when multipackId is not supplied");
        refused(server.post(path, brewery.token(), json("beerId", beer, "quantity", 1, "unitPriceMinor", 100)), 400,
                "beerId and containerId are required when multipackId is not supplied");
        refused(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1)), 400,
                "unitPriceMinor is required for custom items");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "quantity", 1, "unitPriceMinor", 100)), "description");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "unitPriceMinor", 100)), "quantity");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", "1", "unitPriceMinor", 100)), "quantity");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 0, "unitPriceMinor", 100)), "quantity");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1.2345, "unitPriceMinor", 100)), "quantity");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", -1)), "unitPriceMinor");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 1.5)), "unitPriceMinor");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 100, "taxRate", 101)), "taxRate");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 100, "taxRate", "20")), "taxRate");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 100, "discountType", "fixed")), "discountValue");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 100, "discountValue", 5)), "discountType");
        refusedNaming(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 100, "discountType", "bogof", "discountValue", 5)), "discountType");
        refused(server.post(path, brewery.token(), json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 100,
                "discountType", "percentage", "discountValue", 101)), 400, "a percentage discountValue must be at most 100");
        refusedNaming(server.post(path, brewery.token(), json("kind", "special", "quantity", 1)), "kind");
        refused(server.post(path, brewery.token(), json("kind", "custom", "beerId", beer, "description", "Fee", "quantity", 1,
                "unitPriceMinor", 100)), 400, "custom items cannot reference a beer, container or multipack");
        refused(server.post(path, brewery.token(), json("multipackId", MISSING, "beerId", beer, "quantity", 1)), 400,
                "beerId and containerId must be omitted when multipackId is supplied");
        refusedNaming(server.post(path, brewery.token(), json("beerId", "x", "containerId", keg, "quantity", 1)), "beerId");
        refused(server.post(path, brewery.token(), json("beerId", MISSING, "containerId", keg, "quantity", 1, "unitPriceMinor", 1)), 400, "beerId: Beer not found");
        refused(server.post(path, brewery.token(), json("multipackId", MISSING, "quantity", 1)), 400, "multipackId: Multipack not found");
        refused(server.post("/orders/" + MISSING + "/items", brewery.token(), json("kind", "custom", "description", "Fee",
                "quantity", 1, "unitPriceMinor", 100)), 404, "Order not found");
        refused(server.post("/orders/nope/items", brewery.token(), json("kind", "custom", "description", "Fee",
                "quantity", 1, "unitPriceMinor", 100)), 404, "Order not found");

        assertThat(ok(server.get("/orders/" + scene.orderId(), brewery.token()), 200).get("items")).isEmpty();
    }

    @Test
    void a_beer_of_another_team_cannot_be_put_on_an_order() {
        Scene scene = scene("Own Brewery");
        Brewery other = fixture.brewery("Foreign Brewery");
        String foreignBeer = fixture.beer(other, "Foreign Ale", "managed");
        String foreignKeg = fixture.container(other, 0);
        String keg = fixture.container(scene.brewery(), 0);

        refused(server.post("/orders/" + scene.orderId() + "/items", scene.brewery().token(),
                json("beerId", foreignBeer, "containerId", keg, "quantity", 1, "unitPriceMinor", 1)), 400, "beerId: Beer not found");
        String ownBeer = fixture.beer(scene.brewery(), "Own Ale", "managed");
        refused(server.post("/orders/" + scene.orderId() + "/items", scene.brewery().token(),
                json("beerId", ownBeer, "containerId", foreignKeg, "quantity", 1, "unitPriceMinor", 1)), 400, "containerId: Container not found");
    }

    @Test
    void changing_an_item_recalculates_and_a_null_discount_pair_clears_it() {
        Scene scene = scene("Change Brewery");
        JsonNode added = add(scene, json("kind", "custom", "description", "Fee", "quantity", 1, "unitPriceMinor", 2500,
                "taxRate", 20, "discountType", "fixed", "discountValue", 5));
        String itemPath = "/orders/" + scene.orderId() + "/items/" + added.get("item").get("id").asText();

        JsonNode changed = ok(server.patch(itemPath, scene.brewery().token(), json("quantity", 2, "description", "Two fees")), 200);

        assertThat(fieldNames(changed)).containsExactly("order", "items");
        JsonNode item = changed.get("items").get(0);
        assertThat(item.get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(item.get("description").asText()).isEqualTo("Two fees");
        assertThat(item.get("discountMinor").asLong()).isEqualTo(500);
        assertThat(item.get("lineTotalMinor").asLong()).isEqualTo(5400); // (5000 − 500) × 1.2
        assertThat(changed.get("order").get("totalMinor").asLong()).isEqualTo(5400);
        assertThat(item.get("createdAt")).isEqualTo(added.get("item").get("createdAt"));

        JsonNode cleared = ok(server.patch(itemPath, scene.brewery().token(), json("discountType", null, "discountValue", null,
                "taxRate", 0, "unitPriceMinor", 1000)), 200).get("items").get(0);
        assertThat(cleared.get("discountType").isNull()).isTrue();
        assertThat(cleared.get("discountValue").isNull()).isTrue();
        assertThat(cleared.get("discountMinor").asLong()).isZero();
        assertThat(cleared.get("lineTotalMinor").asLong()).isEqualTo(2000);

        JsonNode percent = ok(server.patch(itemPath, scene.brewery().token(), json("discountType", "percentage", "discountValue", 25)), 200);
        assertThat(percent.get("items").get(0).get("discountMinor").asLong()).isEqualTo(500);
        assertThat(percent.get("order").get("subtotalMinor").asLong()).isEqualTo(1500);

        refused(server.patch(itemPath, scene.brewery().token(), json()), 400, "at least one field is required");
        refusedNaming(server.patch(itemPath, scene.brewery().token(), json("quantity", null)), "quantity");
        refusedNaming(server.patch(itemPath, scene.brewery().token(), json("quantity", "3")), "quantity");
        refusedNaming(server.patch(itemPath, scene.brewery().token(), json("unitPriceMinor", null)), "unitPriceMinor");
        refusedNaming(server.patch(itemPath, scene.brewery().token(), json("discountValue", 3)), "discountType");
        refused(server.patch("/orders/" + scene.orderId() + "/items/" + MISSING, scene.brewery().token(), json("quantity", 3)), 404, "Item not found");
        refused(server.patch("/orders/" + scene.orderId() + "/items/bad-id", scene.brewery().token(), json("quantity", 3)), 404, "Item not found");
        refused(server.patch("/orders/" + MISSING + "/items/" + MISSING, scene.brewery().token(), json("quantity", 3)), 404, "Order not found");
    }

    @Test
    void removing_an_item_recalculates_and_an_unknown_item_is_404() {
        Scene scene = scene("Remove Brewery");
        String first = add(scene, json("kind", "custom", "description", "One", "quantity", 1, "unitPriceMinor", 1000)).get("item").get("id").asText();
        add(scene, json("kind", "custom", "description", "Two", "quantity", 1, "unitPriceMinor", 300));
        String path = "/orders/" + scene.orderId() + "/items/";

        JsonNode removed = ok(server.delete(path + first, scene.brewery().token()), 200);

        assertThat(fieldNames(removed)).containsExactly("order", "items");
        assertThat(removed.get("items")).hasSize(1);
        assertThat(removed.get("items").get(0).get("description").asText()).isEqualTo("Two");
        assertThat(removed.get("order").get("totalMinor").asLong()).isEqualTo(300);
        refused(server.delete(path + first, scene.brewery().token()), 404, "Item not found");
        refused(server.delete(path + "nope", scene.brewery().token()), 404, "Item not found");
        refused(server.delete("/orders/" + MISSING + "/items/" + first, scene.brewery().token()), 404, "Order not found");
        refused(server.delete(path + first, null), 401, "unauthorized");
    }

    @Test
    void an_item_of_another_order_is_not_found_through_this_order() {
        Scene scene = scene("Two Orders Brewery");
        String otherOrder = fixture.order(scene.brewery(), scene.clientId()).get("id").asText();
        String item = fixture.customItem(scene.brewery(), otherOrder, 100, 1).get("item").get("id").asText();

        refused(server.patch("/orders/" + scene.orderId() + "/items/" + item, scene.brewery().token(), json("quantity", 2)), 404, "Item not found");
        refused(server.delete("/orders/" + scene.orderId() + "/items/" + item, scene.brewery().token()), 404, "Item not found");
    }

    @Test
    void items_of_a_cancelled_order_cannot_change() {
        Scene scene = scene("Cancelled Brewery");
        String item = fixture.customItem(scene.brewery(), scene.orderId(), 100, 1).get("item").get("id").asText();
        ok(server.patch("/orders/" + scene.orderId(), scene.brewery().token(), json("status", "cancelled")), 200);

        refused(server.post("/orders/" + scene.orderId() + "/items", scene.brewery().token(), json("kind", "custom",
                "description", "Fee", "quantity", 1, "unitPriceMinor", 100)), 400, "Cannot change the items of a cancelled order");
        refused(server.delete("/orders/" + scene.orderId() + "/items/" + item, scene.brewery().token()), 400,
                "Cannot change the items of a cancelled order");
    }

    @Test
    void a_manually_tracked_beer_takes_stock_when_added_adjusts_on_change_and_puts_back_on_removal() {
        Brewery brewery = fixture.brewery("Stock Brewery");
        String beer = fixture.beer(brewery, "Counted Ale", "manual");
        String keg = fixture.container(brewery, 0);
        String can = fixture.container(brewery, 1);
        fixture.setStock(brewery, beer, keg, 10);
        fixture.setStock(brewery, beer, can, 12);
        String client = fixture.client(brewery, "Stock Bar");
        String orderId = fixture.order(brewery, client).get("id").asText();
        String path = "/orders/" + orderId + "/items";

        String line = ok(server.post(path, brewery.token(), json("beerId", beer, "containerId", keg, "quantity", 4,
                "unitPriceMinor", 100)), 201).get("item").get("id").asText();
        assertThat(fixture.stock(brewery, beer, keg)).isEqualTo(6);

        ok(server.patch(path + "/" + line, brewery.token(), json("quantity", 7)), 200);
        assertThat(fixture.stock(brewery, beer, keg)).isEqualTo(3);
        ok(server.patch(path + "/" + line, brewery.token(), json("quantity", 2.5)), 200);
        assertThat(fixture.stock(brewery, beer, keg)).isEqualTo(7.5);

        assertThat(server.patch(path + "/" + line, brewery.token(), json("quantity", 11)).status()).isEqualTo(409);
        assertThat(server.post(path, brewery.token(), json("beerId", beer, "containerId", keg, "quantity", 8,
                "unitPriceMinor", 100)).status()).isEqualTo(409);
        assertThat(fixture.stock(brewery, beer, keg)).isEqualTo(7.5);
        assertThat(ok(server.get("/orders/" + orderId, brewery.token()), 200).get("items").get(0).get("quantity").decimalValue())
                .isEqualByComparingTo("2.5");

        String pack = fixture.multipack(brewery, "Counted 6-pack", 6, beer, can, 900);
        String packLine = ok(server.post(path, brewery.token(), json("multipackId", pack, "quantity", 2)), 201).get("item").get("id").asText();
        assertThat(fixture.stock(brewery, beer, can)).isZero();
        assertThat(server.post(path, brewery.token(), json("multipackId", pack, "quantity", 1)).status()).isEqualTo(409);

        ok(server.delete(path + "/" + line, brewery.token()), 200);
        ok(server.delete(path + "/" + packLine, brewery.token()), 200);
        assertThat(fixture.stock(brewery, beer, keg)).isEqualTo(10);
        assertThat(fixture.stock(brewery, beer, can)).isEqualTo(12);
    }

    @Test
    void a_beer_with_managed_inventory_is_not_limited_by_counted_stock() {
        Brewery brewery = fixture.brewery("Managed Brewery");
        String beer = fixture.beer(brewery, "Managed Ale", "managed");
        String keg = fixture.container(brewery, 0);
        String client = fixture.client(brewery, "Managed Bar");
        String orderId = fixture.order(brewery, client).get("id").asText();

        ok(server.post("/orders/" + orderId + "/items", brewery.token(), json("beerId", beer, "containerId", keg,
                "quantity", 50, "unitPriceMinor", 100)), 201);
    }
}
