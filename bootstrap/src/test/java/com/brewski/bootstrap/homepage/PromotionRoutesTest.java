package com.brewski.bootstrap.homepage;

import com.brewski.application.testing.SampleImages;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.brewski.bootstrap.homepage.HomepageClient.fields;
import static com.brewski.bootstrap.homepage.HomepageClient.ok;
import static com.brewski.bootstrap.homepage.HomepageClient.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The homepage-promotion routes and GET /public/team-promotion on the whole server, images in the filesystem store. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PromotionRoutesTest {
    private static final String BASE = "/shop/homepage-promotions";
    private static TestServer server;
    private static HomepageClient client;
    private static String admin;
    private static String brewer;
    private static String oldestTeam;
    private static final byte[] PNG = SampleImages.png(320, 200);

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = new HomepageClient(server);
        admin = server.adminToken();
        brewer = server.register("Lantern owner");
        oldestTeam = server.createTeam(brewer, "Lantern Brewery");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String team(String name) {
        return server.createTeam(server.register(name + " owner"), name + " " + UUID.randomUUID().toString().substring(0, 6));
    }

    private static Map<String, String> minimal(String teamId, String startsAt) {
        return fields("teamId", teamId, "startsAt", startsAt);
    }

    private static JsonNode create(String teamId, String startsAt) {
        return ok(client.form("POST", BASE, admin, minimal(teamId, startsAt), PNG), 201).get("promotion");
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Test
    @Order(1)
    void with_no_promotion_the_list_is_empty_the_oldest_brewery_is_offered_and_nothing_is_current() {
        JsonNode body = ok(server.get(BASE, admin), 200);
        assertThat(body.get("promotions")).isEmpty();
        JsonNode fallback = body.get("fallbackTeam");
        assertThat(fallback.get("id").asText()).isEqualTo(oldestTeam);
        assertThat(fallback.get("name").asText()).isEqualTo("Lantern Brewery");
        assertThat(fallback.get("slug").asText()).isEqualTo("lantern-brewery");
        assertThat(fallback.has("logoUrl")).isTrue();
        assertThat(ok(server.get(BASE + "/current", admin), 200).get("promotion").isNull()).isTrue();
        Response storefront = server.get("/public/team-promotion", null);
        assertThat(ok(storefront, 200).get("promotion").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void a_promotion_is_created_with_every_field_and_its_image_stored_as_uploaded() {
        Map<String, String> form = fields("teamId", oldestTeam, "startsAt", "2025-04-01T08:00", "mainTitle", "Featured brewery",
                "mainDescription", "Lantern Brewery leads our spring showcase", "imageTitle", "Lantern rooftop pour",
                "imageDescription", "Hazy saison poured at sunset", "textNeedsBackground", "true", "textBackground", "dark",
                "textColor", "white");

        JsonNode p = ok(client.form("POST", BASE, admin, form, PNG), 201).get("promotion");

        String id = p.get("id").asText();
        assertThat(p.get("teamId").asText()).isEqualTo(oldestTeam);
        assertThat(p.get("startsAt").asText()).isEqualTo("2025-04-01T08:00:00.000Z");
        assertThat(p.get("mainTitle").asText()).isEqualTo("Featured brewery");
        assertThat(p.get("mainDescription").asText()).isEqualTo("Lantern Brewery leads our spring showcase");
        assertThat(p.get("imageTitle").asText()).isEqualTo("Lantern rooftop pour");
        assertThat(p.get("imageDescription").asText()).isEqualTo("Hazy saison poured at sunset");
        assertThat(p.get("textNeedsBackground").asBoolean()).isTrue();
        assertThat(p.get("textBackground").asText()).isEqualTo("dark");
        assertThat(p.get("textColor").asText()).isEqualTo("white");
        assertThat(p.get("isDefault").asBoolean()).as("the first promotion becomes the default").isTrue();
        assertThat(p.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(p.get("updatedAt").asText()).isEqualTo(p.get("createdAt").asText());
        assertThat(p.get("team").get("id").asText()).isEqualTo(oldestTeam);
        assertThat(p.get("team").get("name").asText()).isEqualTo("Lantern Brewery");
        assertThat(p.get("team").get("publicSlug").asText()).isEqualTo("lantern-brewery");
        assertThat(p.get("team").has("logoUrl")).isTrue();
        assertThat(p.get("createdBy").get("name").asText()).isNotBlank();
        assertThat(p.get("createdBy").get("id").asText()).isNotBlank();
        String key = p.get("imageKey").asText();
        assertThat(key).matches("promotions/" + id + "-\\d+\\.png");
        assertThat(p.get("imageUrl").asText()).endsWith("/" + key);
        com.brewski.bootstrap.testing.TestServer.Download stored = client.fetch(p.get("imageUrl").asText());
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).as("stored as uploaded").isEqualTo(PNG);

        JsonNode listed = ok(server.get(BASE, admin), 200);
        assertThat(listed.get("fallbackTeam").isNull()).isTrue();
        assertThat(listed.get("promotions").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void defaults_are_no_background_and_no_colour_and_a_background_without_need_is_dropped() {
        JsonNode p = ok(client.form("POST", BASE, admin, fields("teamId", team("Plain"), "startsAt", "2030-01-01T00:00:00Z",
                "textBackground", "lightdeep", "mainTitle", ""), PNG), 201).get("promotion");
        assertThat(p.get("textNeedsBackground").asBoolean()).isFalse();
        assertThat(p.get("textBackground").isNull()).isTrue();
        assertThat(p.get("textColor").isNull()).isTrue();
        assertThat(p.get("mainTitle").isNull()).isTrue();
        assertThat(p.get("startsAt").asText()).isEqualTo("2030-01-01T00:00:00.000Z");
    }

    @Test
    void missing_and_malformed_fields_are_400_naming_the_field() {
        String team = team("Checks");
        refused(client.form("POST", BASE, admin, fields("startsAt", "2025-04-01T08:00"), PNG), 400, "teamId is required");
        refused(client.form("POST", BASE, admin, fields("teamId", team), PNG), 400, "startsAt is required");
        refused(client.form("POST", BASE, admin, minimal(team, "2025-04-01T08:00"), null), 400, "image is required");
        refused(client.form("POST", BASE, admin, minimal("not-a-uuid", "2025-04-01T08:00"), PNG), 400, "teamId must be a valid id");
        refused(client.form("POST", BASE, admin, minimal(team, "April 1st"), PNG), 400,
                "startsAt must be an ISO-8601 timestamp with a time zone, or YYYY-MM-DDTHH:mm (UTC)");
        Map<String, String> longTitle = minimal(team, "2025-04-01T08:00");
        longTitle.put("mainTitle", "t".repeat(161));
        refused(client.form("POST", BASE, admin, longTitle, PNG), 400, "mainTitle must be at most 160 characters");
        Map<String, String> longImageTitle = minimal(team, "2025-04-01T08:00");
        longImageTitle.put("imageTitle", "t".repeat(161));
        refused(client.form("POST", BASE, admin, longImageTitle, PNG), 400, "imageTitle must be at most 160 characters");
        Map<String, String> longDescription = minimal(team, "2025-04-01T08:00");
        longDescription.put("imageDescription", "d".repeat(5001));
        refused(client.form("POST", BASE, admin, longDescription, PNG), 400, "imageDescription must be at most 5000 characters");
        Map<String, String> background = minimal(team, "2025-04-01T08:00");
        background.put("textNeedsBackground", "true");
        background.put("textBackground", "grey");
        refused(client.form("POST", BASE, admin, background, PNG), 400, "textBackground must be one of dark, darkdeep, light, lightdeep");
        Map<String, String> colour = minimal(team, "2025-04-01T08:00");
        colour.put("textColor", "green");
        refused(client.form("POST", BASE, admin, colour, PNG), 400, "textColor must be one of black, white, rainbow");
        Map<String, String> flag = minimal(team, "2025-04-01T08:00");
        flag.put("textNeedsBackground", "maybe");
        refused(client.form("POST", BASE, admin, flag, PNG), 400, "textNeedsBackground must be true or false");
    }

    @Test
    void an_unknown_team_is_404_and_the_platform_team_is_not_a_brewery() {
        refused(client.form("POST", BASE, admin, minimal(UUID.randomUUID().toString(), "2025-04-01T08:00"), PNG), 404, "Team not found");
        refused(client.form("POST", BASE, admin, minimal("00000000-0000-0000-0000-000000000001", "2025-04-01T08:00"), PNG),
                404, "Team not found");
    }

    @Test
    void images_are_typed_by_their_bytes_and_limited_to_5_mb() {
        String team = team("Images");
        refused(client.form("POST", BASE, admin, minimal(team, "2025-04-01T08:00"), "GIF89a not really".getBytes(StandardCharsets.US_ASCII)),
                415, "image must be a JPEG, PNG or WebP file");
        refused(client.form("POST", BASE, admin, minimal(team, "2025-04-01T08:00"), SampleImages.encode(SampleImages.picture(20, 20), "gif")),
                415, "image must be a JPEG, PNG or WebP file");
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, tooLarge, 0, PNG.length);
        refused(client.form("POST", BASE, admin, minimal(team, "2025-04-01T08:00"), tooLarge), 413, "image must be at most 5 MB");
        assertThat(client.form("POST", BASE, admin, minimal(team, "2025-04-01T08:00"), SampleImages.pixelFlood(16000)).status())
                .as("a pixel flood is refused from its header").isEqualTo(413);
        JsonNode jpeg = ok(client.form("POST", BASE, admin, minimal(team, "2031-04-01T08:00"), SampleImages.jpeg(64, 48)), 201).get("promotion");
        assertThat(jpeg.get("imageKey").asText()).endsWith(".jpg");
        Response json = server.post(BASE, admin, Map.of("teamId", team, "startsAt", "2025-04-01T08:00"));
        assertThat(json.status()).as("%s", json).isEqualTo(415);
    }

    @Test
    void a_json_patch_changes_only_the_supplied_fields_and_an_empty_string_clears_a_text() {
        String team = team("Patch");
        JsonNode created = ok(client.form("POST", BASE, admin, fields("teamId", team, "startsAt", "2032-01-01T00:00:00Z",
                "mainTitle", "Old title", "imageTitle", "Keep me"), PNG), 201).get("promotion");
        String id = created.get("id").asText();
        String other = team("Patch target");

        JsonNode patched = ok(server.patch(BASE + "/" + id, admin, Map.of("mainTitle", "", "teamId", other,
                "startsAt", "2032-02-01T10:00+01:00", "textNeedsBackground", true, "textBackground", "lightdeep")), 200).get("promotion");

        assertThat(patched.get("mainTitle").isNull()).isTrue();
        assertThat(patched.get("imageTitle").asText()).isEqualTo("Keep me");
        assertThat(patched.get("teamId").asText()).isEqualTo(other);
        assertThat(patched.get("team").get("id").asText()).isEqualTo(other);
        assertThat(patched.get("startsAt").asText()).isEqualTo("2032-02-01T09:00:00.000Z");
        assertThat(patched.get("textBackground").asText()).isEqualTo("lightdeep");
        assertThat(patched.get("imageKey").asText()).isEqualTo(created.get("imageKey").asText());

        refused(server.patch(BASE + "/" + id, admin, Map.of()), 400, "no fields supplied");
        refused(server.patch(BASE + "/" + id, admin, Map.of("teamId", UUID.randomUUID().toString())), 404, "Team not found");
        refused(server.patch(BASE + "/" + UUID.randomUUID(), admin, Map.of("mainTitle", "x")), 404, "Promotion not found");
        refused(server.patch(BASE + "/" + id, admin, Map.of("colour", "x")), 400, "colour is not a field of a promotion");
        refused(server.patch(BASE + "/" + id, admin, Map.of("startsAt", "soon")), 400,
                "startsAt must be an ISO-8601 timestamp with a time zone, or YYYY-MM-DDTHH:mm (UTC)");
    }

    @Test
    void a_multipart_patch_replaces_the_image_and_the_old_object_is_deleted() {
        JsonNode created = ok(client.form("POST", BASE, admin, minimal(team("Replace"), "2033-01-01T00:00"), PNG), 201).get("promotion");
        String id = created.get("id").asText();
        byte[] jpeg = SampleImages.jpeg(80, 60);

        JsonNode patched = ok(client.form("PATCH", BASE + "/" + id, admin, fields("imageTitle", "New pour"), jpeg), 200).get("promotion");

        assertThat(patched.get("imageKey").asText()).matches("promotions/" + id + "-\\d+\\.jpg");
        assertThat(patched.get("imageTitle").asText()).isEqualTo("New pour");
        assertThat(client.fetch(patched.get("imageUrl").asText()).body()).isEqualTo(jpeg);
        assertThat(client.fetch(created.get("imageUrl").asText()).status()).isEqualTo(404);
        refused(client.form("PATCH", BASE + "/" + id, admin, fields(), null), 400, "no fields supplied");
        refused(client.form("PATCH", BASE + "/" + id, admin, fields(), "nope".getBytes(StandardCharsets.US_ASCII)), 415, null);
    }

    @Test
    void making_a_promotion_the_default_demotes_the_old_one_and_the_default_cannot_be_deleted() {
        String team = team("Defaults");
        String a = create(team, "2034-01-01T00:00").get("id").asText();
        String b = create(team, "2034-02-01T00:00").get("id").asText();
        ok(server.post(BASE + "/" + a + "/default", admin, null), 200);

        JsonNode made = ok(server.post(BASE + "/" + b + "/default", admin, null), 200);

        assertThat(made.get("promotion").get("id").asText()).isEqualTo(b);
        assertThat(made.get("promotion").get("isDefault").asBoolean()).isTrue();
        assertThat(made.get("demotedPromotionIds")).extracting(JsonNode::asText).containsExactly(a);
        List<String> defaults = new ArrayList<>();
        for (JsonNode p : ok(server.get(BASE, admin), 200).get("promotions")) if (p.get("isDefault").asBoolean()) defaults.add(p.get("id").asText());
        assertThat(defaults).containsExactly(b);
        assertThat(ok(server.post(BASE + "/" + b + "/default", admin, null), 200).get("demotedPromotionIds")).isEmpty();
        refused(server.post(BASE + "/" + UUID.randomUUID() + "/default", admin, null), 404, "Promotion not found");

        refused(server.delete(BASE + "/" + b, admin), 400, "The default promotion cannot be deleted; make another promotion the default first");
        JsonNode doomed = create(team, "2034-03-01T00:00");
        Response deleted = server.delete(BASE + "/" + doomed.get("id").asText(), admin);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(client.fetch(doomed.get("imageUrl").asText()).status()).as("the image goes with it").isEqualTo(404);
        refused(server.delete(BASE + "/" + doomed.get("id").asText(), admin), 404, "Promotion not found");
        refused(server.delete(BASE + "/not-an-id", admin), 404, "Promotion not found");
    }

    @Test
    void the_current_promotion_is_the_latest_started_and_the_storefront_sees_it_without_internals() {
        String team = team("Current");
        Instant now = Instant.now();
        String started = create(team, iso(now.minus(1, ChronoUnit.DAYS).plusSeconds(3600))).get("id").asText();
        create(team, iso(now.minus(400, ChronoUnit.DAYS)));
        create(team, iso(now.plus(1, ChronoUnit.DAYS)));

        JsonNode current = ok(server.get(BASE + "/current", admin), 200).get("promotion");
        assertThat(current.get("id").asText()).isEqualTo(started);
        assertThat(current.get("team").get("publicSlug").asText()).isNotBlank();

        Response storefront = server.get("/public/team-promotion", null);
        JsonNode shown = ok(storefront, 200).get("promotion");
        assertThat(storefront.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        assertThat(shown.get("id").asText()).isEqualTo(started);
        assertThat(shown.has("imageUrl")).isTrue();
        assertThat(shown.has("team")).isTrue();
        for (String hidden : List.of("imageKey", "createdBy", "createdAt", "updatedAt"))
            assertThat(shown.has(hidden)).as(hidden).isFalse();
    }

    @Test
    void every_platform_route_is_401_without_a_token_and_403_for_a_brewery_user() {
        String id = create(team("Guarded"), "2035-01-01T00:00").get("id").asText();
        Map<String, Response> anonymous = new HashMap<>();
        Map<String, Response> brewery = new HashMap<>();
        for (String token : new String[]{null, brewer}) {
            Map<String, Response> into = token == null ? anonymous : brewery;
            into.put("GET list", server.get(BASE, token));
            into.put("POST", client.form("POST", BASE, token, minimal(oldestTeam, "2025-04-01T08:00"), PNG));
            into.put("GET current", server.get(BASE + "/current", token));
            into.put("PATCH", server.patch(BASE + "/" + id, token, Map.of("mainTitle", "x")));
            into.put("POST default", server.post(BASE + "/" + id + "/default", token, null));
            into.put("DELETE", server.delete(BASE + "/" + id, token));
        }
        anonymous.forEach((route, r) -> assertThat(r.status()).as("%s %s", route, r).isEqualTo(401));
        brewery.forEach((route, r) -> assertThat(r.status()).as("%s %s", route, r).isEqualTo(403));
        assertThat(server.get("/public/team-promotion", null).status()).isEqualTo(200);
    }
}
