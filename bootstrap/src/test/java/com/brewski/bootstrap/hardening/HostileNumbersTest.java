package com.brewski.bootstrap.hardening;

import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that used to answer 500, over real HTTP: page offsets, huge and tiny decimals (checked where
 * they are parsed, for every route), stock quantities, discount percentages and return quantities.
 */
class HostileNumbersTest {
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

    private static List<String> pagedLists(Brewery brewery, String groupId) {
        String team = "teamId=" + brewery.teamId();
        return List.of("/containers?" + team, "/beers?" + team, "/multipacks?" + team, "/clients?" + team,
                "/orders?" + team, "/returns?" + team, "/activity?" + team, "/teams/" + brewery.teamId() + "/members?x=1",
                "/group-orders?" + team + "&groupId=" + groupId, "/groups/" + groupId + "/orders/claimable?" + team);
    }

    @Test
    void every_paged_list_refuses_a_page_past_the_bound_naming_page_and_answers_the_last_allowed_page_empty() {
        Brewery brewery = fixture.brewery("Paging Brewery");
        String groupId = fixture.group(brewery, "Paging Group");
        String admin = server.adminToken();

        for (String list : pagedLists(brewery, groupId)) {
            for (String page : new String[] {"2147483647", "1000001", "99999999999999999999"}) {
                Response response = server.get(list + "&page=" + page + "&pageSize=200", brewery.token());
                assertThat(response.status()).as("%s page %s: %s", list, page, response).isEqualTo(400);
                assertThat(response.json().get("message").asText()).as(list).startsWith("page ");
            }
            // the largest page: its offset (199,999,800) is computed without wrapping, and the page is empty
            JsonNode last = ok(server.get(list + "&page=1000000&pageSize=200", brewery.token()), 200);
            assertThat(last.get("page").asInt()).isEqualTo(1_000_000);
            assertThat(last.get("results")).isEmpty();
            // pageSize 25 used to wrap silently to a negative offset
            ok(server.get(list + "&page=1000000&pageSize=25", brewery.token()), 200);
        }
        refused(server.get("/platform/members?page=2147483647&pageSize=200", admin), 400, "page must be between 1 and 1000000");
        ok(server.get("/platform/members?page=1000000&pageSize=200", admin), 200);
    }

    @Test
    void stock_quantities_huge_tiny_or_too_precise_are_refused_naming_quantity() {
        Brewery brewery = fixture.brewery("Stock Numbers Brewery");
        String beer = fixture.beer(brewery, "Counted Ale", "manual");
        String container = fixture.container(brewery, 0);
        String path = "/beers/" + beer + "/stock";

        refused(server.put(path, brewery.token(), "{\"containerId\":\"" + container + "\",\"quantity\":99999999999999999}"),
                400, "quantity is out of range");
        refused(server.put(path, brewery.token(), "{\"containerId\":\"" + container + "\",\"quantity\":1e-999999999}"),
                400, "quantity must have at most 3 decimal places");
        refused(server.put(path, brewery.token(), "{\"containerId\":\"" + container + "\",\"quantity\":1e999999999}"),
                400, "quantity is out of range");
        refused(server.put(path, brewery.token(), "{\"containerId\":\"" + container + "\",\"quantity\":12.3456789}"),
                400, "quantity must have at most 3 decimal places");
        refused(server.put(path, brewery.token(), "{\"containerId\":\"" + container + "\",\"quantity\":1000000001}"),
                400, "quantity must be at most 1000000000");
        fixture.setStock(brewery, beer, container, 1_000_000_000);
        assertThat(fixture.stock(brewery, beer, container)).isEqualTo(1e9);
        fixture.setStock(brewery, beer, container, new java.math.BigDecimal("12.500"));
        assertThat(fixture.stock(brewery, beer, container)).isEqualTo(12.5);
    }

    @Test
    void discount_percentages_tiny_or_too_precise_are_refused_on_adding_and_changing_a_pricebook_item() {
        Brewery brewery = fixture.brewery("Discount Numbers Brewery");
        String beer = fixture.beer(brewery, "Discount Lager", "managed");
        String container = fixture.container(brewery, 0);
        String book = fixture.defaultPricebook(brewery);
        String items = "/pricebooks/" + book + "/items";
        String item = "{\"beerId\":\"" + beer + "\",\"containerId\":\"" + container + "\",\"priceMinor\":100,\"discountPercent\":";

        refused(server.post(items, brewery.token(), item + "1e-999999999}"), 400,
                "discountPercent must have at most 3 decimal places");
        refused(server.post(items, brewery.token(), item + "12.3456789}"), 400,
                "discountPercent must have at most 3 decimal places");
        JsonNode added = ok(server.post(items, brewery.token(), item + "12.345}"), 201).get("item");
        assertThat(added.get("discountPercent").decimalValue()).isEqualByComparingTo("12.345");
        String itemPath = items + "/" + added.get("id").asText();
        refused(server.patch(itemPath, brewery.token(), "{\"discountPercent\":1e-999999999}"), 400,
                "discountPercent must have at most 3 decimal places");
        refused(server.patch(itemPath, brewery.token(), "{\"discountPercent\":12.3456789}"), 400,
                "discountPercent must have at most 3 decimal places");
        refused(server.patch(itemPath, brewery.token(), "{\"discountPercent\":1e400}"), 400, "discountPercent is out of range");
    }

    @Test
    void return_quantities_huge_or_tiny_are_refused_before_any_credit_is_computed() {
        Brewery brewery = fixture.brewery("Return Numbers Brewery");
        fixture.deposit(brewery, "keg", 3_000);
        String client = fixture.client(brewery, "Return Numbers Bar");
        String container = fixture.container(brewery, 0);
        String body = "{\"teamId\":\"" + brewery.teamId() + "\",\"clientId\":\"" + client + "\",\"containerId\":\""
                + container + "\",\"quantity\":";

        refused(server.post("/returns", brewery.token(), body + "99999999999999999}"), 400, "quantity is out of range");
        refused(server.post("/returns", brewery.token(), body + "1e-999999999}"), 400,
                "quantity must have at most 3 decimal places");
        refused(server.post("/returns", brewery.token(), body + "1000001}"), 400, "quantity must be at most 1000000");
        JsonNode page = ok(server.get("/returns?teamId=" + brewery.teamId(), brewery.token()), 200);
        assertThat(page.get("total").asLong()).isZero();
    }

    @Test
    void decimals_on_order_lines_are_bounded_where_they_are_parsed() {
        Brewery brewery = fixture.brewery("Line Numbers Brewery");
        String client = fixture.client(brewery, "Line Numbers Bar");
        String order = fixture.order(brewery, client).get("id").asText();
        String items = "/orders/" + order + "/items";
        String custom = "{\"kind\":\"custom\",\"description\":\"Charge\",\"unitPriceMinor\":100,";

        refused(server.post(items, brewery.token(), custom + "\"quantity\":1e-999999999}"), 400,
                "quantity must have at most 3 decimal places");
        refused(server.post(items, brewery.token(), custom + "\"quantity\":1,\"taxRate\":1e-999999999}"), 400,
                "taxRate must have at most 3 decimal places");
        refused(server.post(items, brewery.token(), custom + "\"quantity\":1,\"discountType\":\"fixed\",\"discountValue\":1e-999999999}"),
                400, "discountValue must have at most 3 decimal places");
        refused(server.post(items, brewery.token(), custom + "\"quantity\":1,\"discountType\":\"fixed\",\"discountValue\":1e999999999}"),
                400, "discountValue is out of range");
        refused(server.post(items, brewery.token(), custom + "\"quantity\":1e999999999}"), 400, "quantity is out of range");
    }
}
