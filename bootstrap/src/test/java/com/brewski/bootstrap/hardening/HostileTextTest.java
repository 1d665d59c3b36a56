package com.brewski.bootstrap.hardening;

import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that must not be stored, over real HTTP: lone surrogates (which were stored as {@code ?}) and
 * bidirectional controls (which disguise names in PDFs and the shop) are refused with a 400 naming
 * the field, on body fields of every write route (one check where strings are parsed) and on query
 * parameters, as NUL already is; a proper surrogate pair (an emoji) is kept.
 */
class HostileTextTest {
    /** JSON escapes, written into the body as they are. */
    private static final String[] BIDI = {"\\u202a", "\\u202b", "\\u202c", "\\u202d", "\\u202e",
            "\\u2066", "\\u2067", "\\u2068", "\\u2069", "\\u200e", "\\u200f"};

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
    void lone_surrogates_are_refused_naming_the_field_and_pairs_are_kept() {
        Brewery brewery = fixture.brewery("Surrogate Brewery");
        String teamId = brewery.teamId();

        refused(server.post("/teams", brewery.token(), "{\"name\":\"Lone \\ud800 Brewery\"}"), 400,
                "name must not contain unpaired surrogates");
        refused(server.post("/teams", brewery.token(), "{\"name\":\"Lone \\udc00 Brewery\"}"), 400,
                "name must not contain unpaired surrogates");
        refused(server.post("/teams", brewery.token(), "{\"name\":\"Reversed \\udc00\\ud800 pair\"}"), 400,
                "name must not contain unpaired surrogates");
        refused(server.post("/clients", brewery.token(), "{\"teamId\":\"" + teamId + "\",\"name\":\"Bar\",\"address\":"
                + "{\"town\":\"Bath\\ud83d\"}}"), 400, "address.town must not contain unpaired surrogates");
        refused(server.post("/beers", brewery.token(), "{\"teamId\":\"" + teamId + "\",\"name\":\"Pils\\ud800\","
                + "\"inventoryMode\":\"managed\"}"), 400, "name must not contain unpaired surrogates");

        JsonNode kept = ok(server.post("/beers", brewery.token(), "{\"teamId\":\"" + teamId
                + "\",\"name\":\"Hop \\ud83c\\udf7a\",\"inventoryMode\":\"managed\"}"), 201);
        assertThat(kept.get("beer").get("name").asText()).isEqualTo("Hop \uD83C\uDF7A");
    }

    @Test
    void bidirectional_controls_are_refused_naming_the_field_wherever_text_is_parsed() {
        Brewery brewery = fixture.brewery("Bidi Brewery");
        String teamId = brewery.teamId();
        String client = fixture.client(brewery, "Bidi Bar");
        String order = fixture.order(brewery, client).get("id").asText();

        for (String control : BIDI) {
            refused(server.post("/teams", brewery.token(), "{\"name\":\"Evil" + control + "Brewery\"}"), 400,
                    "name must not contain bidirectional control characters");
            refused(server.post("/clients", brewery.token(), "{\"teamId\":\"" + teamId + "\",\"name\":\"gpj." + control
                    + "exe\"}"), 400, "name must not contain bidirectional control characters");
            refused(server.patch("/orders/" + order, brewery.token(), "{\"notes\":\"pay" + control + "now\"}"), 400,
                    "notes must not contain bidirectional control characters");
            refused(server.post("/orders/" + order + "/items", brewery.token(), "{\"kind\":\"custom\",\"description\":\"x"
                    + control + "\",\"quantity\":1,\"unitPriceMinor\":1}"), 400,
                    "description must not contain bidirectional control characters");
        }
        String search = URLEncoder.encode("Bar\u202E", StandardCharsets.UTF_8);
        refused(server.get("/group-orders?teamId=" + teamId + "&groupId=" + fixture.group(brewery, "Bidi Group")
                + "&search=" + search, brewery.token()), 400, "search must not contain bidirectional control characters");
        // NUL stays refused by the same check
        refused(server.post("/teams", brewery.token(), "{\"name\":\"Nul\\u0000Brewery\"}"), 400,
                "name must not contain NUL characters");
        // and nothing was stored
        assertThat(ok(server.get("/clients?teamId=" + teamId, brewery.token()), 200).get("total").asLong()).isEqualTo(1);
    }
}
