package com.brewski.bootstrap.trade;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.brewski.bootstrap.trade.Brewery.assertInvalid;
import static com.brewski.bootstrap.trade.Brewery.assertStatus;
import static com.brewski.bootstrap.trade.Brewery.body;
import static com.brewski.bootstrap.trade.Brewery.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Pricebooks and their items over real HTTP on the whole server. */
@ExtendWith(SharedServer.class)
class PricebookRoutesTest {
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";
    private static TestServer server;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
    }

    @Test
    void a_new_team_has_a_default_pricebook() {
        Brewery brewery = Brewery.open(server, "Ledger");

        Response list = server.get("/pricebooks?teamId=" + brewery.teamId(), brewery.owner());

        assertThat(list.status()).isEqualTo(200);
        JsonNode results = list.json().get("results");
        assertThat(results).hasSize(1);
        JsonNode book = results.get(0);
        assertThat(book.get("name").asText()).isEqualTo("Default");
        assertThat(book.get("isDefault").asBoolean()).isTrue();
        assertThat(book.get("teamId").asText()).isEqualTo(brewery.teamId());
        assertThat(book.get("items").isArray()).isTrue();
        assertThat(book.get("items").isEmpty()).isTrue();
        assertThat(book.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(server.get("/pricebooks?teamId=" + brewery.teamId(), brewery.owner()).json().get("results")).hasSize(1);
    }

    @Test
    void an_owner_creates_and_renames_pricebooks_listed_oldest_first() {
        Brewery brewery = Brewery.open(server, "Books");

        Response created = server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Wholesale"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode book = created.json().get("pricebook");
        assertThat(book.get("name").asText()).isEqualTo("Wholesale");
        assertThat(book.get("isDefault").asBoolean()).isFalse();
        assertThat(book.get("items").isEmpty()).isTrue();
        server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Festival"));

        Response renamed = server.patch("/pricebooks/" + book.get("id").asText(), brewery.owner(), body("name", "Trade"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("pricebook").get("name").asText()).isEqualTo("Trade");

        JsonNode all = server.get("/pricebooks?teamId=" + brewery.teamId(), brewery.owner()).json().get("results");
        assertThat(texts(all, "name")).containsExactly("Default", "Trade", "Festival");

        assertInvalid(server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId())), "name");
        assertInvalid(server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId(), "name", " ")), "name");
        assertInvalid(server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId(), "name", 5)), "name");
        assertInvalid(server.post("/pricebooks", brewery.owner(), body("name", "No team")), "teamId");
        assertInvalid(server.patch("/pricebooks/" + book.get("id").asText(), brewery.owner(), body("name", null)), "name");
        assertInvalid(server.get("/pricebooks", brewery.owner()), "teamId");
        assertStatus(server.patch("/pricebooks/" + MISSING, brewery.owner(), body("name", "x")), 404, "Pricebook not found");
        assertStatus(server.patch("/pricebooks/nope", brewery.owner(), body("name", "x")), 404, "Pricebook not found");
    }

    @Test
    void the_default_pricebook_cannot_be_deleted_and_deleting_another_moves_its_clients_to_the_default() {
        Brewery brewery = Brewery.open(server, "Movers");
        String defaultBook = brewery.defaultPricebook();
        String wholesale = server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Wholesale"))
                .json().get("pricebook").get("id").asText();
        Response client = server.post("/clients", brewery.owner(), body("teamId", brewery.teamId(), "name", "The Anchor",
                "pricebookId", wholesale));
        assertThat(client.json().get("client").get("pricebookId").asText()).isEqualTo(wholesale);
        String clientId = client.json().get("client").get("id").asText();

        assertStatus(server.delete("/pricebooks/" + defaultBook, brewery.owner()), 409, "The default pricebook cannot be deleted");

        assertThat(server.delete("/pricebooks/" + wholesale, brewery.owner()).status()).isEqualTo(204);
        assertThat(server.get("/clients/" + clientId, brewery.owner()).json().get("client").get("pricebookId").asText())
                .isEqualTo(defaultBook);
        assertThat(texts(server.get("/pricebooks?teamId=" + brewery.teamId(), brewery.owner()).json().get("results"), "id"))
                .containsExactly(defaultBook);
        assertStatus(server.delete("/pricebooks/" + wholesale, brewery.owner()), 404, "Pricebook not found");
    }

    @Test
    void an_owner_prices_beers_and_multipacks_and_changes_and_removes_the_prices() {
        Brewery brewery = Brewery.open(server, "Pricer");
        String book = brewery.defaultPricebook();
        String keg = brewery.container("keg");
        String beer = brewery.beer("Porter", "managed");
        String pack = server.post("/multipacks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Porter 6",
                "packSize", 6, "beerId", beer, "containerId", brewery.container("can"), "defaultPriceMinor", 1200))
                .json().get("multipack").get("id").asText();
        String items = "/pricebooks/" + book + "/items";

        Response added = server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", 9500,
                "discountPercent", 12.5));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        JsonNode item = added.json().get("item");
        String itemId = item.get("id").asText();
        assertThat(item.get("pricebookId").asText()).isEqualTo(book);
        assertThat(item.get("beerId").asText()).isEqualTo(beer);
        assertThat(item.get("containerId").asText()).isEqualTo(keg);
        assertThat(item.get("multipackId").isNull()).isTrue();
        assertThat(item.get("priceMinor").asLong()).isEqualTo(9500);
        assertThat(item.get("discountPercent").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(item.get("enabled").asBoolean()).isTrue();
        assertThat(item.get("createdAt").asText()).matches(TIMESTAMP);

        Response packPrice = server.post(items, brewery.owner(), body("multipackId", pack, "priceMinor", 1100, "enabled", false));
        assertThat(packPrice.status()).isEqualTo(201);
        assertThat(packPrice.json().get("item").get("discountPercent").isNull()).isTrue();
        assertThat(packPrice.json().get("item").get("enabled").asBoolean()).isFalse();

        JsonNode listed = server.get("/pricebooks?teamId=" + brewery.teamId(), brewery.owner()).json().get("results").get(0);
        assertThat(texts(listed.get("items"), "id")).containsExactlyInAnyOrder(itemId,
                packPrice.json().get("item").get("id").asText());

        Response changed = server.patch(items + "/" + itemId, brewery.owner(), body("priceMinor", 9900, "discountPercent", null,
                "enabled", false));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().get("item").get("priceMinor").asLong()).isEqualTo(9900);
        assertThat(changed.json().get("item").get("discountPercent").isNull()).isTrue();
        assertThat(changed.json().get("item").get("enabled").asBoolean()).isFalse();
        Response partly = server.patch(items + "/" + itemId, brewery.owner(), body("discountPercent", 5));
        assertThat(partly.json().get("item").get("priceMinor").asLong()).isEqualTo(9900);
        assertThat(partly.json().get("item").get("discountPercent").decimalValue()).isEqualByComparingTo("5");

        Response duplicate = server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", 1));
        assertThat(duplicate.status()).isEqualTo(409);

        String other = server.post("/pricebooks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Other"))
                .json().get("pricebook").get("id").asText();
        assertStatus(server.patch("/pricebooks/" + other + "/items/" + itemId, brewery.owner(), body("priceMinor", 1)),
                404, "Pricebook item not found");
        assertStatus(server.delete("/pricebooks/" + other + "/items/" + itemId, brewery.owner()), 404, "Pricebook item not found");

        assertThat(server.delete(items + "/" + itemId, brewery.owner()).status()).isEqualTo(204);
        assertStatus(server.delete(items + "/" + itemId, brewery.owner()), 404, "Pricebook item not found");
        assertStatus(server.patch(items + "/bad-id", brewery.owner(), body("priceMinor", 1)), 404, "Pricebook item not found");
    }

    @Test
    void a_bad_item_field_is_a_400_naming_it() {
        Brewery brewery = Brewery.open(server, "Strict Prices");
        String items = "/pricebooks/" + brewery.defaultPricebook() + "/items";
        String keg = brewery.container("keg");
        String beer = brewery.beer("Mild", "managed");
        String foreignBeer = Brewery.open(server, "Foreign Prices").beer("Theirs", "managed");

        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg)), "priceMinor");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", -1)), "priceMinor");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", "10")), "priceMinor");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", 10.5)), "priceMinor");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", 10,
                "discountPercent", 101)), "discountPercent");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", 10,
                "discountPercent", "10")), "discountPercent");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", 10,
                "enabled", "yes")), "enabled");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", beer, "priceMinor", 10)), "containerId");
        assertInvalid(server.post(items, brewery.owner(), body("containerId", keg, "priceMinor", 10)), "beerId");
        assertInvalid(server.post(items, brewery.owner(), body("beerId", "x", "containerId", keg, "priceMinor", 10)), "beerId");
        assertStatus(server.post(items, brewery.owner(), body("beerId", foreignBeer, "containerId", keg, "priceMinor", 10)),
                400, "beerId: Beer not found");

        String item = server.post(items, brewery.owner(), body("beerId", beer, "containerId", keg, "priceMinor", 10))
                .json().get("item").get("id").asText();
        assertInvalid(server.patch(items + "/" + item, brewery.owner(), body("priceMinor", null)), "priceMinor");
        assertInvalid(server.patch(items + "/" + item, brewery.owner(), body("enabled", null)), "enabled");
        assertInvalid(server.patch(items + "/" + item, brewery.owner(), body("discountPercent", -0.5)), "discountPercent");
        assertInvalid(server.patch(items + "/" + item, brewery.owner(), body("discountPercent", false)), "discountPercent");
    }

    @Test
    void a_plain_member_reads_pricebooks_but_cannot_change_them() {
        Brewery brewery = Brewery.open(server, "Price Roles");
        String member = brewery.user("Price Member", "member");
        String book = brewery.defaultPricebook();
        String item = priceOf(brewery, book);

        assertThat(server.get("/pricebooks?teamId=" + brewery.teamId(), member).status()).isEqualTo(200);
        for (Response write : writes(member, brewery, book, item)) assertThat(write.status()).as("%s", write).isEqualTo(403);
    }

    @Test
    void a_member_of_another_team_can_neither_read_nor_change_the_pricebooks() {
        Brewery a = Brewery.open(server, "Price Tenant A");
        Brewery b = Brewery.open(server, "Price Tenant B");
        String book = a.defaultPricebook();
        String item = priceOf(a, book);

        assertThat(server.get("/pricebooks?teamId=" + a.teamId(), b.owner()).status()).isEqualTo(403);
        for (Response write : writes(b.owner(), a, book, item)) assertThat(write.status()).as("%s", write).isEqualTo(403);
        assertThat(server.get("/pricebooks?teamId=" + MISSING, b.owner()).status()).isEqualTo(404);
        JsonNode unchanged = server.get("/pricebooks?teamId=" + a.teamId(), a.owner()).json().get("results");
        assertThat(texts(unchanged, "name")).containsExactly("Default");
        assertThat(unchanged.get(0).get("items").get(0).get("priceMinor").asLong()).isEqualTo(500);
    }

    private static String priceOf(Brewery brewery, String book) {
        Response item = server.post("/pricebooks/" + book + "/items", brewery.owner(),
                body("beerId", brewery.beer("Priced", "managed"), "containerId", brewery.container("keg"), "priceMinor", 500));
        assertThat(item.status()).isEqualTo(201);
        return item.json().get("item").get("id").asText();
    }

    private static List<Response> writes(String token, Brewery brewery, String book, String item) {
        return List.of(
                server.post("/pricebooks", token, body("teamId", brewery.teamId(), "name", "Mine")),
                server.patch("/pricebooks/" + book, token, body("name", "Mine")),
                server.delete("/pricebooks/" + book, token),
                server.post("/pricebooks/" + book + "/items", token, body("beerId", brewery.beer("Another", "managed"),
                        "containerId", brewery.container("can"), "priceMinor", 1)),
                server.patch("/pricebooks/" + book + "/items/" + item, token, body("priceMinor", 1)),
                server.delete("/pricebooks/" + book + "/items/" + item, token));
    }
}
