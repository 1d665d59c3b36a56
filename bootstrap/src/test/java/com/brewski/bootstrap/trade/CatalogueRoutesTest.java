package com.brewski.bootstrap.trade;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.trade.Brewery.assertInvalid;
import static com.brewski.bootstrap.trade.Brewery.assertStatus;
import static com.brewski.bootstrap.trade.Brewery.body;
import static com.brewski.bootstrap.trade.Brewery.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Containers, beers with their stock, and multipacks over real HTTP on the whole server. */
@ExtendWith(SharedServer.class)
class CatalogueRoutesTest {
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";
    private static TestServer server;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
    }

    // ---- containers

    @Test
    void a_new_team_has_the_four_default_containers() {
        Brewery brewery = Brewery.open(server, "Keel");

        Response list = server.get("/containers?teamId=" + brewery.teamId(), brewery.owner());

        assertThat(list.status()).isEqualTo(200);
        JsonNode page = list.json();
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("pageSize").asInt()).isEqualTo(25);
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("pages").asInt()).isEqualTo(1);
        assertThat(page.get("sort").asText()).isEqualTo("name");
        assertThat(page.get("direction").asText()).isEqualTo("asc");
        assertThat(texts(page.get("results"), "name")).containsExactly("30L Keg", "440ml Can", "500ml Bottle", "9 Gallon Cask");
        JsonNode keg = page.get("results").get(0);
        assertThat(keg.get("teamId").asText()).isEqualTo(brewery.teamId());
        assertThat(keg.get("containerType").asText()).isEqualTo("keg");
        assertThat(keg.get("volumeMl").asInt()).isEqualTo(30_000);
        assertThat(keg.get("defaultBbeMonths").asInt()).isEqualTo(6);
        assertThat(keg.get("isDefault").asBoolean()).isTrue();
        assertThat(keg.get("isReturnable").asBoolean()).isTrue();
        assertThat(keg.get("depositMinor").isNull()).isTrue();
        assertThat(keg.get("effectiveDepositMinor").asLong()).isZero();
        assertThat(keg.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(keg.get("updatedAt").asText()).matches(TIMESTAMP);
        assertThat(texts(page.get("results"), "containerType")).containsExactly("keg", "can", "bottle", "cask");
        for (JsonNode c : page.get("results")) assertThat(c.get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void containers_sort_by_volume_or_name_either_way_and_page() {
        Brewery brewery = Brewery.open(server, "Sorted");
        String list = "/containers?teamId=" + brewery.teamId();

        Response byVolume = server.get(list + "&sort=volumeMl", brewery.owner());
        assertThat(ints(byVolume.json().get("results"), "volumeMl")).containsExactly(440, 500, 30_000, 40_914);
        assertThat(byVolume.json().get("sort").asText()).isEqualTo("volumeMl");

        Response byVolumeDesc = server.get(list + "&sort=volumeMl&direction=desc", brewery.owner());
        assertThat(ints(byVolumeDesc.json().get("results"), "volumeMl")).containsExactly(40_914, 30_000, 500, 440);
        assertThat(byVolumeDesc.json().get("direction").asText()).isEqualTo("desc");

        Response byNameDesc = server.get(list + "&direction=desc", brewery.owner());
        assertThat(texts(byNameDesc.json().get("results"), "name"))
                .containsExactly("9 Gallon Cask", "500ml Bottle", "440ml Can", "30L Keg");

        Response second = server.get(list + "&sort=volumeMl&page=2&pageSize=3", brewery.owner());
        JsonNode page = second.json();
        assertThat(page.get("page").asInt()).isEqualTo(2);
        assertThat(page.get("pageSize").asInt()).isEqualTo(3);
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("pages").asInt()).isEqualTo(2);
        assertThat(ints(page.get("results"), "volumeMl")).containsExactly(40_914);

        assertThat(server.get(list + "&sort=createdAt", brewery.owner()).json().get("total").asInt()).isEqualTo(4);
        assertThat(server.get(list + "&pageSize=200", brewery.owner()).status()).isEqualTo(200);
        assertInvalid(server.get(list + "&pageSize=201", brewery.owner()), "pageSize");
        assertInvalid(server.get(list + "&pageSize=0", brewery.owner()), "pageSize");
        assertInvalid(server.get(list + "&page=0", brewery.owner()), "page");
        assertInvalid(server.get(list + "&page=two", brewery.owner()), "page");
        assertInvalid(server.get(list + "&sort=colour", brewery.owner()), "sort");
        assertInvalid(server.get(list + "&direction=sideways", brewery.owner()), "direction");
        assertInvalid(server.get("/containers", brewery.owner()), "teamId");
        assertInvalid(server.get("/containers?teamId=nope", brewery.owner()), "teamId");
        assertThat(server.get(list, null).status()).isEqualTo(401);
    }

    @Test
    void an_owner_creates_changes_and_deletes_a_container() {
        Brewery brewery = Brewery.open(server, "Cooper");
        assertThat(server.put("/settings", brewery.owner(),
                Map.of("teamId", brewery.teamId(), "deposits", Map.of("keg", Map.of("enabled", true, "amountMinor", 3000))))
                .status()).isEqualTo(200);

        Response created = server.post("/containers", brewery.owner(), body("teamId", brewery.teamId(), "name", " 50L Keg ",
                "containerType", "keg", "volumeMl", 50_000, "defaultBbeMonths", 4, "isReturnable", true));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode container = created.json().get("container");
        String id = container.get("id").asText();
        assertThat(container.get("name").asText()).isEqualTo("50L Keg");
        assertThat(container.get("containerType").asText()).isEqualTo("keg");
        assertThat(container.get("volumeMl").asInt()).isEqualTo(50_000);
        assertThat(container.get("defaultBbeMonths").asInt()).isEqualTo(4);
        assertThat(container.get("isDefault").asBoolean()).isFalse();
        assertThat(container.get("isReturnable").asBoolean()).isTrue();
        assertThat(container.get("depositMinor").isNull()).isTrue();
        assertThat(container.get("effectiveDepositMinor").asLong()).isEqualTo(3000);

        Response own = server.patch("/containers/" + id, brewery.owner(), body("name", "50 Litre Keg", "depositMinor", 2500));
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(own.json().get("container").get("name").asText()).isEqualTo("50 Litre Keg");
        assertThat(own.json().get("container").get("depositMinor").asLong()).isEqualTo(2500);
        assertThat(own.json().get("container").get("effectiveDepositMinor").asLong()).isEqualTo(2500);
        assertThat(own.json().get("container").get("volumeMl").asInt()).isEqualTo(50_000);

        Response cleared = server.patch("/containers/" + id, brewery.owner(), body("depositMinor", null, "isReturnable", false));
        assertThat(cleared.json().get("container").get("depositMinor").isNull()).isTrue();
        assertThat(cleared.json().get("container").get("effectiveDepositMinor").asLong()).isZero();

        Response can = server.post("/containers", brewery.owner(), body("teamId", brewery.teamId(), "name", "330ml Can",
                "containerType", "can", "volumeMl", 330));
        assertThat(can.status()).isEqualTo(201);
        assertThat(can.json().get("container").get("defaultBbeMonths").asInt()).isZero();
        assertThat(can.json().get("container").get("isReturnable").asBoolean()).isFalse();

        assertThat(server.delete("/containers/" + id, brewery.owner()).status()).isEqualTo(204);
        Response after = server.get("/containers?teamId=" + brewery.teamId() + "&pageSize=50", brewery.owner());
        assertThat(texts(after.json().get("results"), "name")).doesNotContain("50 Litre Keg").contains("330ml Can");
        assertStatus(server.delete("/containers/" + id, brewery.owner()), 404, "Container not found");
        assertStatus(server.patch("/containers/" + id, brewery.owner(), body("name", "x")), 404, "Container not found");
        assertStatus(server.patch("/containers/not-an-id", brewery.owner(), body("name", "x")), 404, "Container not found");
        assertStatus(server.delete("/containers/" + MISSING, brewery.owner()), 404, "Container not found");
    }

    @Test
    void a_bad_container_field_is_a_400_naming_it() {
        Brewery brewery = Brewery.open(server, "Strict Containers");
        String team = brewery.teamId();

        assertInvalid(post("/containers", brewery, body("teamId", team, "containerType", "keg", "volumeMl", 1)), "name");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "  ", "containerType", "keg", "volumeMl", 1)), "name");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "jar", "volumeMl", 1)),
                "containerType");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "volumeMl", 1)), "containerType");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "can")), "volumeMl");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "can", "volumeMl", "500")),
                "volumeMl");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "can", "volumeMl", 0)),
                "volumeMl");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "can", "volumeMl", 1,
                "defaultBbeMonths", 1201)), "defaultBbeMonths");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "can", "volumeMl", 1,
                "depositMinor", -1)), "depositMinor");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "can", "volumeMl", 1,
                "depositMinor", 1.5)), "depositMinor");
        assertInvalid(post("/containers", brewery, body("teamId", team, "name", "Jar", "containerType", "can", "volumeMl", 1,
                "isReturnable", "yes")), "isReturnable");
        assertInvalid(post("/containers", brewery, body("name", "Jar", "containerType", "can", "volumeMl", 1)), "teamId");
        assertInvalid(server.send("POST", "/containers", brewery.owner(), "{\"name\":"), "JSON");

        String keg = brewery.container("keg");
        assertInvalid(server.patch("/containers/" + keg, brewery.owner(), body("volumeMl", null)), "volumeMl");
        assertInvalid(server.patch("/containers/" + keg, brewery.owner(), body("containerType", "barrel")), "containerType");
        assertInvalid(server.patch("/containers/" + keg, brewery.owner(), body("name", null)), "name");
        assertInvalid(server.patch("/containers/" + keg, brewery.owner(), body("isReturnable", null)), "isReturnable");
        assertInvalid(server.post("/containers/remove-unused", brewery.owner(), body()), "teamId");
    }

    @Test
    void a_container_in_use_cannot_be_deleted_and_remove_unused_keeps_it() {
        Brewery brewery = Brewery.open(server, "Frugal");
        String keg = brewery.container("keg");
        String beer = brewery.beer("Used Pale", "manual");
        assertThat(server.put("/beers/" + beer + "/stock", brewery.owner(), body("containerId", keg, "quantity", 3)).status())
                .isEqualTo(200);

        Response refused = server.delete("/containers/" + keg, brewery.owner());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(Brewery.message(refused)).isEqualTo("Container is used by a price, stock level, multipack or order");

        Response removed = server.post("/containers/remove-unused", brewery.owner(), body("teamId", brewery.teamId()));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("removed").asInt()).isEqualTo(3);
        Response left = server.get("/containers?teamId=" + brewery.teamId(), brewery.owner());
        assertThat(texts(left.json().get("results"), "name")).containsExactly("30L Keg");
        assertThat(server.post("/containers/remove-unused", brewery.owner(), body("teamId", brewery.teamId()))
                .json().get("removed").asInt()).isZero();
    }

    // ---- beers

    @Test
    void an_owner_creates_reads_and_changes_a_beer() {
        Brewery brewery = Brewery.open(server, "Hopper");

        Response created = server.post("/beers", brewery.owner(), body("teamId", brewery.teamId(), "name", "Harbour Pale",
                "style", "Pale Ale", "targetAbv", 4.5, "colorHex", "#C8A040", "showPublic", true, "inventoryMode", "manual"));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode beer = created.json().get("beer");
        String id = beer.get("id").asText();
        assertThat(beer.get("teamId").asText()).isEqualTo(brewery.teamId());
        assertThat(beer.get("name").asText()).isEqualTo("Harbour Pale");
        assertThat(beer.get("style").asText()).isEqualTo("Pale Ale");
        assertThat(beer.get("state").asText()).isEqualTo("active");
        assertThat(beer.get("targetAbv").isNumber()).isTrue();
        assertThat(beer.get("targetAbv").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(beer.get("colorHex").asText()).isEqualTo("#C8A040");
        assertThat(beer.get("showPublic").asBoolean()).isTrue();
        assertThat(beer.get("inventoryMode").asText()).isEqualTo("manual");
        assertThat(beer.get("stock").isEmpty()).isTrue();
        assertThat(beer.get("createdAt").asText()).matches(TIMESTAMP);

        Response read = server.get("/beers/" + id, brewery.owner());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("beer").get("name").asText()).isEqualTo("Harbour Pale");
        assertThat(read.json().get("beer").get("targetAbv").decimalValue()).isEqualByComparingTo("4.5");

        Response changed = server.patch("/beers/" + id, brewery.owner(),
                body("name", "Harbour Best", "state", "archived", "targetAbv", 5.25, "style", null, "showPublic", false));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        JsonNode after = changed.json().get("beer");
        assertThat(after.get("name").asText()).isEqualTo("Harbour Best");
        assertThat(after.get("state").asText()).isEqualTo("archived");
        assertThat(after.get("targetAbv").decimalValue()).isEqualByComparingTo("5.25");
        assertThat(after.get("style").isNull()).isTrue();
        assertThat(after.get("showPublic").asBoolean()).isFalse();
        assertThat(after.get("colorHex").asText()).isEqualTo("#C8A040");
        assertThat(after.get("inventoryMode").asText()).isEqualTo("manual");

        Response minimal = server.post("/beers", brewery.owner(), body("teamId", brewery.teamId(), "name", "Plain",
                "inventoryMode", "managed"));
        assertThat(minimal.status()).isEqualTo(201);
        assertThat(minimal.json().get("beer").get("targetAbv").isNull()).isTrue();
        assertThat(minimal.json().get("beer").get("showPublic").asBoolean()).isFalse();
        assertThat(minimal.json().get("beer").get("inventoryMode").asText()).isEqualTo("managed");

        assertStatus(server.get("/beers/" + MISSING, brewery.owner()), 404, "Beer not found");
        assertStatus(server.get("/beers/42", brewery.owner()), 404, "Beer not found");
        assertStatus(server.patch("/beers/" + MISSING, brewery.owner(), body("name", "x")), 404, "Beer not found");
    }

    @Test
    void a_bad_beer_field_is_a_400_naming_it() {
        Brewery brewery = Brewery.open(server, "Strict Beers");
        String team = brewery.teamId();

        assertInvalid(post("/beers", brewery, body("teamId", team, "inventoryMode", "manual")), "name");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "No Mode")), "inventoryMode");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "Bad Mode", "inventoryMode", "auto")), "inventoryMode");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "A", "inventoryMode", "manual", "targetAbv", "4.5")),
                "targetAbv");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "A", "inventoryMode", "manual", "targetAbv", true)),
                "targetAbv");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "A", "inventoryMode", "manual", "targetAbv", 101)),
                "targetAbv");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "A", "inventoryMode", "manual", "targetAbv", -1)),
                "targetAbv");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "A", "inventoryMode", "manual", "targetAbv", 4.555)),
                "targetAbv");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "A", "inventoryMode", "manual", "colorHex", "red")),
                "colorHex");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "A", "inventoryMode", "manual", "showPublic", 1)),
                "showPublic");
        assertInvalid(post("/beers", brewery, body("teamId", team, "name", "x".repeat(201), "inventoryMode", "manual")), "name");

        String beer = brewery.beer("Steady", "manual");
        Response mode = server.patch("/beers/" + beer, brewery.owner(), body("inventoryMode", "managed"));
        assertStatus(mode, 400, "inventoryMode cannot be changed");
        assertInvalid(server.patch("/beers/" + beer, brewery.owner(), body("state", "gone")), "state");
        assertInvalid(server.patch("/beers/" + beer, brewery.owner(), body("state", null)), "state");
        assertInvalid(server.patch("/beers/" + beer, brewery.owner(), body("showPublic", null)), "showPublic");
        assertInvalid(server.patch("/beers/" + beer, brewery.owner(), body("targetAbv", "high")), "targetAbv");
        assertInvalid(server.patch("/beers/" + beer, brewery.owner(), body("name", "")), "name");
        assertThat(server.get("/beers/" + beer, brewery.owner()).json().get("beer").get("inventoryMode").asText())
                .isEqualTo("manual");
    }

    @Test
    void beers_sort_by_name_or_creation_and_page() {
        Brewery brewery = Brewery.open(server, "Listing Beers");
        brewery.beer("Bravo", "manual");
        brewery.beer("Alpha", "manual");
        brewery.beer("Charlie", "managed");
        String list = "/beers?teamId=" + brewery.teamId();

        assertThat(texts(server.get(list, brewery.owner()).json().get("results"), "name")).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(texts(server.get(list + "&direction=desc", brewery.owner()).json().get("results"), "name"))
                .containsExactly("Charlie", "Bravo", "Alpha");
        Response byCreation = server.get(list + "&sort=createdAt", brewery.owner());
        assertThat(texts(byCreation.json().get("results"), "name")).containsExactly("Bravo", "Alpha", "Charlie");
        assertThat(byCreation.json().get("sort").asText()).isEqualTo("createdAt");
        assertThat(texts(server.get(list + "&sort=createdAt&direction=desc", brewery.owner()).json().get("results"), "name"))
                .containsExactly("Charlie", "Alpha", "Bravo");
        JsonNode second = server.get(list + "&pageSize=2&page=2", brewery.owner()).json();
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("pages").asInt()).isEqualTo(2);
        assertThat(texts(second.get("results"), "name")).containsExactly("Charlie");
        assertThat(server.get(list + "&page=5", brewery.owner()).json().get("results").isEmpty()).isTrue();

        assertInvalid(server.get(list + "&pageSize=201", brewery.owner()), "pageSize");
        assertInvalid(server.get(list + "&sort=volumeMl", brewery.owner()), "sort");
        assertInvalid(server.get(list + "&direction=up", brewery.owner()), "direction");
        assertInvalid(server.get("/beers", brewery.owner()), "teamId");
    }

    @Test
    void stock_is_counted_by_hand_for_manual_beers_only() {
        Brewery brewery = Brewery.open(server, "Stocky");
        String keg = brewery.container("keg");
        String can = brewery.container("can");
        String manual = brewery.beer("Counted", "manual");
        String managed = brewery.beer("Elsewhere", "managed");

        Response set = server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", keg, "quantity", 12.5));
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        JsonNode stock = set.json().get("beer").get("stock");
        assertThat(stock).hasSize(1);
        assertThat(stock.get(0).get("containerId").asText()).isEqualTo(keg);
        assertThat(stock.get(0).get("quantity").isNumber()).isTrue();
        assertThat(stock.get(0).get("quantity").decimalValue()).isEqualByComparingTo("12.5");

        server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", can, "quantity", 240));
        Response reset = server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", keg, "quantity", 0));
        assertThat(reset.status()).isEqualTo(200);
        JsonNode levels = server.get("/beers/" + manual, brewery.owner()).json().get("beer").get("stock");
        assertThat(levels).hasSize(2);
        for (JsonNode level : levels) {
            BigDecimal expected = level.get("containerId").asText().equals(keg) ? BigDecimal.ZERO : BigDecimal.valueOf(240);
            assertThat(level.get("quantity").decimalValue()).isEqualByComparingTo(expected);
        }
        JsonNode row = server.get("/beers?teamId=" + brewery.teamId(), brewery.owner()).json().get("results").get(0);
        assertThat(row.get("name").asText()).isEqualTo("Counted");
        assertThat(row.get("stock")).hasSize(2);

        Response refused = server.put("/beers/" + managed + "/stock", brewery.owner(), body("containerId", keg, "quantity", 1));
        assertStatus(refused, 409, "Stock of a managed-inventory beer is not counted here");

        assertInvalid(server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", keg, "quantity", -1)), "quantity");
        assertInvalid(server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", keg, "quantity", "3")), "quantity");
        assertInvalid(server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", keg)), "quantity");
        assertInvalid(server.put("/beers/" + manual + "/stock", brewery.owner(), body("quantity", 1)), "containerId");
        assertInvalid(server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", "keg", "quantity", 1)),
                "containerId");
        String foreignKeg = Brewery.open(server, "Other Stock").container("keg");
        assertStatus(server.put("/beers/" + manual + "/stock", brewery.owner(), body("containerId", foreignKeg, "quantity", 1)),
                400, "containerId: Container not found");
        assertStatus(server.put("/beers/" + MISSING + "/stock", brewery.owner(), body("containerId", keg, "quantity", 1)),
                404, "Beer not found");
    }

    // ---- multipacks

    @Test
    void an_owner_manages_multipacks() {
        Brewery brewery = Brewery.open(server, "Packer");
        String can = brewery.container("can");
        String bottle = brewery.container("bottle");
        String beer = brewery.beer("Session", "managed");

        Response created = server.post("/multipacks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Session 12-pack",
                "packSize", 12, "beerId", beer, "containerId", can, "defaultPriceMinor", 2400));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode pack = created.json().get("multipack");
        String id = pack.get("id").asText();
        assertThat(pack.get("teamId").asText()).isEqualTo(brewery.teamId());
        assertThat(pack.get("name").asText()).isEqualTo("Session 12-pack");
        assertThat(pack.get("packSize").asInt()).isEqualTo(12);
        assertThat(pack.get("beerId").asText()).isEqualTo(beer);
        assertThat(pack.get("containerId").asText()).isEqualTo(can);
        assertThat(pack.get("defaultPriceMinor").asLong()).isEqualTo(2400);
        assertThat(pack.get("createdAt").asText()).matches(TIMESTAMP);

        server.post("/multipacks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Session 4-pack",
                "packSize", 4, "beerId", beer, "containerId", bottle, "defaultPriceMinor", 900));
        String list = "/multipacks?teamId=" + brewery.teamId();
        assertThat(texts(server.get(list, brewery.owner()).json().get("results"), "name"))
                .containsExactly("Session 12-pack", "Session 4-pack");
        assertThat(texts(server.get(list + "&sort=createdAt&direction=desc", brewery.owner()).json().get("results"), "name"))
                .containsExactly("Session 4-pack", "Session 12-pack");
        assertInvalid(server.get(list + "&sort=packSize", brewery.owner()), "sort");
        assertInvalid(server.get(list + "&pageSize=201", brewery.owner()), "pageSize");

        Response changed = server.patch("/multipacks/" + id, brewery.owner(), body("packSize", 24, "defaultPriceMinor", 4500,
                "containerId", bottle));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().get("multipack").get("packSize").asInt()).isEqualTo(24);
        assertThat(changed.json().get("multipack").get("defaultPriceMinor").asLong()).isEqualTo(4500);
        assertThat(changed.json().get("multipack").get("containerId").asText()).isEqualTo(bottle);
        assertThat(changed.json().get("multipack").get("name").asText()).isEqualTo("Session 12-pack");

        assertThat(server.delete("/multipacks/" + id, brewery.owner()).status()).isEqualTo(204);
        assertStatus(server.delete("/multipacks/" + id, brewery.owner()), 404, "Multipack not found");
        assertStatus(server.patch("/multipacks/oops", brewery.owner(), body("packSize", 2)), 404, "Multipack not found");
    }

    @Test
    void a_multipack_with_a_price_cannot_be_deleted() {
        Brewery brewery = Brewery.open(server, "Priced Packs");
        String beer = brewery.beer("Lager", "managed");
        String pack = server.post("/multipacks", brewery.owner(), body("teamId", brewery.teamId(), "name", "Lager 6",
                "packSize", 6, "beerId", beer, "containerId", brewery.container("can"), "defaultPriceMinor", 1000))
                .json().get("multipack").get("id").asText();
        String pricebook = server.get("/pricebooks?teamId=" + brewery.teamId(), brewery.owner())
                .json().get("results").get(0).get("id").asText();
        assertThat(server.post("/pricebooks/" + pricebook + "/items", brewery.owner(), body("multipackId", pack, "priceMinor", 950))
                .status()).isEqualTo(201);

        assertStatus(server.delete("/multipacks/" + pack, brewery.owner()), 409, "Multipack is used by a price or an order");
    }

    @Test
    void a_bad_multipack_field_is_a_400_naming_it() {
        Brewery brewery = Brewery.open(server, "Strict Packs");
        String team = brewery.teamId();
        String can = brewery.container("can");
        String beer = brewery.beer("Pils", "managed");
        String foreignBeer = Brewery.open(server, "Foreign Packs").beer("Theirs", "managed");

        assertInvalid(post("/multipacks", brewery, body("teamId", team, "packSize", 6, "beerId", beer, "containerId", can,
                "defaultPriceMinor", 1)), "name");
        assertInvalid(post("/multipacks", brewery, body("teamId", team, "name", "P", "beerId", beer, "containerId", can,
                "defaultPriceMinor", 1)), "packSize");
        assertInvalid(post("/multipacks", brewery, body("teamId", team, "name", "P", "packSize", 0, "beerId", beer,
                "containerId", can, "defaultPriceMinor", 1)), "packSize");
        assertInvalid(post("/multipacks", brewery, body("teamId", team, "name", "P", "packSize", 6, "containerId", can,
                "defaultPriceMinor", 1)), "beerId");
        assertInvalid(post("/multipacks", brewery, body("teamId", team, "name", "P", "packSize", 6, "beerId", beer,
                "defaultPriceMinor", 1)), "containerId");
        assertInvalid(post("/multipacks", brewery, body("teamId", team, "name", "P", "packSize", 6, "beerId", beer,
                "containerId", can)), "defaultPriceMinor");
        assertInvalid(post("/multipacks", brewery, body("teamId", team, "name", "P", "packSize", 6, "beerId", beer,
                "containerId", can, "defaultPriceMinor", -5)), "defaultPriceMinor");
        assertInvalid(post("/multipacks", brewery, body("teamId", team, "name", "P", "packSize", 6, "beerId", "beer",
                "containerId", can, "defaultPriceMinor", 1)), "beerId");
        assertStatus(post("/multipacks", brewery, body("teamId", team, "name", "P", "packSize", 6, "beerId", foreignBeer,
                "containerId", can, "defaultPriceMinor", 1)), 400, "beerId: Beer not found");
    }

    // ---- roles and tenancy

    @Test
    void a_plain_member_reads_the_catalogue_but_cannot_change_it() {
        Brewery brewery = Brewery.open(server, "Roles");
        String member = brewery.user("Plain Member", "member");
        String admin = brewery.user("An Admin", "admin");
        String team = brewery.teamId();
        String keg = brewery.container("keg");
        String beer = brewery.beer("Roles Ale", "manual");
        String pack = server.post("/multipacks", brewery.owner(), body("teamId", team, "name", "Roles 6", "packSize", 6,
                "beerId", beer, "containerId", keg, "defaultPriceMinor", 100)).json().get("multipack").get("id").asText();

        assertThat(server.get("/containers?teamId=" + team, member).status()).isEqualTo(200);
        assertThat(server.get("/beers?teamId=" + team, member).status()).isEqualTo(200);
        assertThat(server.get("/beers/" + beer, member).status()).isEqualTo(200);
        assertThat(server.get("/multipacks?teamId=" + team, member).status()).isEqualTo(200);

        for (Response write : writes(member, team, keg, beer, pack)) assertThat(write.status()).as("%s", write).isEqualTo(403);

        assertThat(server.post("/beers", admin, body("teamId", team, "name", "Admin Brew", "inventoryMode", "manual")).status())
                .isEqualTo(201);
        assertThat(server.put("/beers/" + beer + "/stock", admin, body("containerId", keg, "quantity", 2)).status()).isEqualTo(200);
    }

    @Test
    void a_member_of_another_team_can_neither_read_nor_change_the_catalogue() {
        Brewery a = Brewery.open(server, "Tenant A");
        Brewery b = Brewery.open(server, "Tenant B");
        String keg = a.container("keg");
        String beer = a.beer("Private Ale", "manual");
        String pack = server.post("/multipacks", a.owner(), body("teamId", a.teamId(), "name", "Private 6", "packSize", 6,
                "beerId", beer, "containerId", keg, "defaultPriceMinor", 100)).json().get("multipack").get("id").asText();

        assertThat(server.get("/containers?teamId=" + a.teamId(), b.owner()).status()).isEqualTo(403);
        assertThat(server.get("/beers?teamId=" + a.teamId(), b.owner()).status()).isEqualTo(403);
        assertThat(server.get("/beers/" + beer, b.owner()).status()).isEqualTo(403);
        assertThat(server.get("/multipacks?teamId=" + a.teamId(), b.owner()).status()).isEqualTo(403);
        for (Response write : writes(b.owner(), a.teamId(), keg, beer, pack)) assertThat(write.status()).as("%s", write).isEqualTo(403);

        assertThat(server.get("/containers?teamId=" + MISSING, b.owner()).status()).isEqualTo(404);
        assertThat(server.get("/beers/" + beer, null).status()).isEqualTo(401);
        // nothing changed
        assertThat(server.get("/beers/" + beer, a.owner()).json().get("beer").get("name").asText()).isEqualTo("Private Ale");
        assertThat(server.get("/containers?teamId=" + a.teamId(), a.owner()).json().get("total").asInt()).isEqualTo(4);
        assertThat(server.get("/multipacks?teamId=" + a.teamId(), a.owner()).json().get("total").asInt()).isEqualTo(1);
    }

    /** Every catalogue write of a team, made by {@code token}. */
    private static List<Response> writes(String token, String team, String container, String beer, String pack) {
        List<Response> writes = new ArrayList<>();
        writes.add(server.post("/containers", token, body("teamId", team, "name", "Mine", "containerType", "keg", "volumeMl", 1000)));
        writes.add(server.patch("/containers/" + container, token, body("name", "Mine")));
        writes.add(server.delete("/containers/" + container, token));
        writes.add(server.post("/containers/remove-unused", token, body("teamId", team)));
        writes.add(server.post("/beers", token, body("teamId", team, "name", "Mine", "inventoryMode", "manual")));
        writes.add(server.patch("/beers/" + beer, token, body("name", "Mine")));
        writes.add(server.put("/beers/" + beer + "/stock", token, body("containerId", container, "quantity", 1)));
        writes.add(server.post("/multipacks", token, body("teamId", team, "name", "Mine", "packSize", 2, "beerId", beer,
                "containerId", container, "defaultPriceMinor", 1)));
        writes.add(server.patch("/multipacks/" + pack, token, body("name", "Mine")));
        writes.add(server.delete("/multipacks/" + pack, token));
        return writes;
    }

    // ---- helpers

    private static Response post(String path, Brewery brewery, Object body) {
        return server.post(path, brewery.owner(), body);
    }

    private static List<Integer> ints(JsonNode array, String field) {
        List<Integer> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asInt()));
        return values;
    }
}
