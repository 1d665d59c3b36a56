package com.brewski.bootstrap.shop;

import com.brewski.bootstrap.shop.ShopClient.Brewery;
import com.brewski.bootstrap.testing.Race;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.brewski.bootstrap.shop.ShopClient.ok;
import static com.brewski.bootstrap.shop.ShopClient.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The shop's administration and storefront routes on the whole server: navigation, publish-beers, team search, featured groups. */
class ShopRoutesTest {
    private static TestServer server;
    private static ShopClient shop;
    private static String admin;
    private static String user;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        shop = new ShopClient(server);
        admin = server.adminToken();
        user = server.register("Plain User");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final List<String[]> PLATFORM_ROUTES = List.of(
            new String[]{"GET", "/shop/navigation"},
            new String[]{"PATCH", "/shop/navigation/" + UUID.randomUUID()},
            new String[]{"GET", "/shop/teams/search?q=ab"},
            new String[]{"GET", "/shop/teams/" + UUID.randomUUID() + "/groups"},
            new String[]{"GET", "/shop/upsells"},
            new String[]{"GET", "/shop/upsells/" + UUID.randomUUID()},
            new String[]{"POST", "/shop/upsells"},
            new String[]{"PATCH", "/shop/upsells/" + UUID.randomUUID()},
            new String[]{"DELETE", "/shop/upsells/" + UUID.randomUUID()},
            new String[]{"POST", "/shop/upsells/" + UUID.randomUUID() + "/images"},
            new String[]{"PATCH", "/shop/upsells/" + UUID.randomUUID() + "/images/" + UUID.randomUUID() + "/default"},
            new String[]{"DELETE", "/shop/upsells/" + UUID.randomUUID() + "/images/" + UUID.randomUUID()},
            new String[]{"GET", "/shop/homepage-featured-groups"},
            new String[]{"PUT", "/shop/homepage-featured-groups/1"},
            new String[]{"DELETE", "/shop/homepage-featured-groups/1"});

    @Test
    void every_platform_route_answers_401_without_a_token_and_403_without_platform_access() {
        for (String[] route : PLATFORM_ROUTES) {
            Response anonymous = server.send(route[0], route[1], null, "{}");
            assertThat(anonymous.status()).as("%s %s: %s", route[0], route[1], anonymous).isEqualTo(401);
            Response signedIn = server.send(route[0], route[1], user, "{}");
            assertThat(signedIn.status()).as("%s %s: %s", route[0], route[1], signedIn).isEqualTo(403);
        }
    }

    // ---- navigation

    @Test
    void the_navigation_list_seeds_every_known_toggle_once_even_under_concurrent_first_calls() {
        List<Response> lists = Race.of(8, i -> server.get("/shop/navigation", admin));
        Set<String> ids = new HashSet<>();
        for (Response r : lists) {
            JsonNode items = ok(r, 200).get("items");
            assertThat(items).hasSize(6);
            items.forEach(i -> ids.add(i.get("id").asText()));
        }
        assertThat(ids).hasSize(6); // every list saw the same six rows
        JsonNode items = ok(server.get("/shop/navigation", admin), 200).get("items");
        List<String> names = new ArrayList<>();
        items.forEach(i -> {
            assertThat(i.get("section").asText()).isEqualTo("menu.top");
            assertThat(i.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            names.add(i.get("item").asText());
        });
        assertThat(names).containsExactlyInAnyOrder("home", "shop", "breweries", "groups", "basket", "account");
    }

    @Test
    void a_toggle_is_switched_and_the_public_navigation_follows_with_cache_headers() {
        JsonNode items = ok(server.get("/shop/navigation", admin), 200).get("items");
        String basket = null;
        for (JsonNode i : items) if (i.get("item").asText().equals("basket")) basket = i.get("id").asText();

        JsonNode off = ok(server.patch("/shop/navigation/" + basket, admin, Map.of("enabled", false)), 200).get("item");
        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(off.get("item").asText()).isEqualTo("basket");

        Response pub = server.get("/public/shop/navigation", null);
        assertThat(ok(pub, 200).get("sections").get("menu.top").toString()).doesNotContain("basket").contains("home");
        assertThat(pub.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        String etag = pub.headers().firstValue("ETag").orElseThrow();
        Response notModified = shop.get("/public/shop/navigation", null, Map.of("If-None-Match", etag));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        ok(server.patch("/shop/navigation/" + basket, admin, Map.of("enabled", true)), 200);
        Response changed = shop.get("/public/shop/navigation", null, Map.of("If-None-Match", etag));
        assertThat(ok(changed, 200).get("sections").get("menu.top").toString()).contains("basket");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void a_toggle_needs_a_boolean_and_an_existing_id() {
        String id = ok(server.get("/shop/navigation", admin), 200).get("items").get(0).get("id").asText();
        refused(server.patch("/shop/navigation/" + id, admin, Map.of()), 400, "enabled is required");
        refused(server.patch("/shop/navigation/" + id, admin, Map.of("enabled", "no")), 400, "enabled must be a boolean");
        refused(server.patch("/shop/navigation/" + UUID.randomUUID(), admin, Map.of("enabled", true)), 404, "Navigation item not found");
        refused(server.patch("/shop/navigation/not-an-id", admin, Map.of("enabled", true)), 404, null);
    }

    // ---- publish-beers

    @Test
    void publish_beers_switches_the_teams_beers_to_public_once() {
        Brewery lantern = shop.brewery("Publishing Brewery");
        for (String name : List.of("Pils", "Stout", "Mild")) {
            ok(server.post("/beers", lantern.token(), Map.of("teamId", lantern.teamId(), "name", name, "inventoryMode", "managed")), 201);
        }
        ok(server.post("/beers", lantern.token(), Map.of("teamId", lantern.teamId(), "name", "Already", "inventoryMode", "managed",
                "showPublic", true)), 201);

        assertThat(ok(server.post("/shop/" + lantern.teamId() + "/publish-beers", lantern.token(), null), 200).get("updated").asInt())
                .isEqualTo(3);
        assertThat(ok(server.post("/shop/" + lantern.teamId() + "/publish-beers", lantern.token(), null), 200).get("updated").asInt())
                .isZero();
        server.get("/beers?teamId=" + lantern.teamId(), lantern.token()).json().get("results")
                .forEach(b -> assertThat(b.get("showPublic").asBoolean()).isTrue());
    }

    @Test
    void publish_beers_is_for_the_teams_owners_and_admins() {
        Brewery lantern = shop.brewery("Guarded Brewery");
        refused(server.post("/shop/" + lantern.teamId() + "/publish-beers", null, null), 401, null);
        refused(server.post("/shop/" + lantern.teamId() + "/publish-beers", user, null), 403, null);
        refused(server.post("/shop/" + UUID.randomUUID() + "/publish-beers", lantern.token(), null), 404, "Team not found");
    }

    // ---- team search and slugs

    @Test
    void teams_get_a_public_slug_from_their_name_numbered_on_collision_and_editable_by_managers() {
        String name = "Slug Works " + UUID.randomUUID().toString().substring(0, 6);
        Brewery first = shop.brewery(name);
        Brewery second = shop.brewery(name);
        String base = name.toLowerCase().replace(' ', '-');
        assertThat(team(first).get("publicSlug").asText()).isEqualTo(base);
        assertThat(team(second).get("publicSlug").asText()).isEqualTo(base + "-2");

        JsonNode moved = ok(server.patch("/teams/" + second.teamId(), second.token(), Map.of("publicSlug", base + "-tap")), 200).get("team");
        assertThat(moved.get("publicSlug").asText()).isEqualTo(base + "-tap");
        Response taken = server.patch("/teams/" + second.teamId(), second.token(), Map.of("publicSlug", base));
        refused(taken, 409, "publicSlug is already taken");
        assertThat(taken.json().get("code").asText()).isEqualTo("PUBLIC_SLUG_TAKEN");
        refused(server.patch("/teams/" + second.teamId(), second.token(), Map.of("publicSlug", "Not A Slug")), 400,
                "publicSlug must be lower-case letters, digits and single hyphens");
        refused(server.patch("/teams/" + second.teamId(), second.token(), Map.of()), 400, "publicSlug is required");
        refused(server.patch("/teams/" + second.teamId(), first.token(), Map.of("publicSlug", base + "-x")), 403, null);
        refused(server.patch("/teams/" + second.teamId(), null, Map.of("publicSlug", base + "-x")), 401, null);
    }

    private static JsonNode team(Brewery b) {
        return ok(server.get("/teams/" + b.teamId(), b.token()), 200).get("team");
    }

    @Test
    void team_search_ranks_exact_then_prefix_matches_and_never_shows_the_platform_team() {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 5);
        shop.brewery("The " + tag + " Tap");
        shop.brewery(tag);
        shop.brewery(tag + " Brewery");
        shop.brewery("Old " + tag.toUpperCase());

        JsonNode results = ok(server.get("/shop/teams/search?q=" + tag.toUpperCase(), admin), 200).get("results");
        List<String> names = new ArrayList<>();
        results.forEach(r -> names.add(r.get("name").asText()));
        assertThat(names).containsExactly(tag, tag + " Brewery", "Old " + tag.toUpperCase(), "The " + tag + " Tap");
        JsonNode firstResult = results.get(0);
        assertThat(firstResult.get("publicSlug").asText()).isEqualTo(tag);
        assertThat(firstResult.has("logoUrl")).isTrue();
        assertThat(firstResult.get("id").asText()).isNotBlank();

        assertThat(ok(server.get("/shop/teams/search?q=" + tag + "&limit=2", admin), 200).get("results")).hasSize(2);
        assertThat(ok(server.get("/shop/teams/search?q=brewski%20platform", admin), 200).get("results")).isEmpty();
    }

    @Test
    void team_search_refuses_a_short_query_and_a_limit_out_of_range() {
        refused(server.get("/shop/teams/search", admin), 400, "q must be at least 2 characters");
        refused(server.get("/shop/teams/search?q=%20a%20", admin), 400, "q must be at least 2 characters");
        refused(server.get("/shop/teams/search?q=ab&limit=0", admin), 400, "limit must be between 1 and 25");
        refused(server.get("/shop/teams/search?q=ab&limit=26", admin), 400, "limit must be between 1 and 25");
        refused(server.get("/shop/teams/search?q=ab&limit=x", admin), 400, "limit must be between 1 and 25");
        ok(server.get("/shop/teams/search?q=%25%25&limit=25", admin), 200); // wildcards are literal, not "everything"
        refused(server.get("/shop/teams/search?q=ab%00", admin), 400, "q must not contain NUL characters");
    }

    // ---- featured groups

    @Test
    void a_slot_takes_a_teams_shop_visible_group_and_replacing_it_keeps_its_id() {
        clearSlots();
        Brewery north = shop.brewery("Northern Brewery");
        String alliance = shop.group(north, "Northern Alliance " + UUID.randomUUID().toString().substring(0, 6), true);
        String guild = shop.group(north, "Northern Guild " + UUID.randomUUID().toString().substring(0, 6), true);

        JsonNode placed = ok(server.put("/shop/homepage-featured-groups/1", admin, Map.of("teamId", north.teamId(), "groupId", alliance)), 200)
                .get("placement");
        assertThat(placed.get("position").asInt()).isEqualTo(1);
        assertThat(placed.get("team").get("id").asText()).isEqualTo(north.teamId());
        assertThat(placed.get("team").get("publicSlug").asText()).isNotBlank();
        assertThat(placed.get("group").get("id").asText()).isEqualTo(alliance);
        assertThat(placed.get("group").get("shopVisible").asBoolean()).isTrue();
        assertThat(placed.get("group").get("status").asText()).isEqualTo("active");
        assertThat(placed.get("group").has("imageUrl")).isTrue();

        JsonNode replaced = ok(server.put("/shop/homepage-featured-groups/1", admin, Map.of("teamId", north.teamId(), "groupId", guild)), 200)
                .get("placement");
        assertThat(replaced.get("id").asText()).isEqualTo(placed.get("id").asText());
        assertThat(replaced.get("createdAt").asText()).isEqualTo(placed.get("createdAt").asText());
        assertThat(replaced.get("group").get("id").asText()).isEqualTo(guild);

        Response other = server.put("/shop/homepage-featured-groups/2", admin, Map.of("teamId", north.teamId(), "groupId", guild));
        refused(other, 409, "the group is already featured in the other slot");
        assertThat(other.json().get("code").asText()).isEqualTo("FEATURED_GROUP_IN_OTHER_SLOT");
        ok(server.put("/shop/homepage-featured-groups/2", admin, Map.of("teamId", north.teamId(), "groupId", alliance)), 200);

        JsonNode placements = ok(server.get("/shop/homepage-featured-groups", admin), 200).get("placements");
        assertThat(placements).hasSize(2);
        assertThat(placements.get(0).get("position").asInt()).isEqualTo(1);
        assertThat(placements.get(1).get("group").get("id").asText()).isEqualTo(alliance);

        Response pub = server.get("/public/featured-groups", null);
        assertThat(ok(pub, 200).get("placements")).hasSize(2);
        assertThat(pub.headers().firstValue("ETag")).isPresent();

        assertThat(server.delete("/shop/homepage-featured-groups/2", admin).status()).isEqualTo(204);
        assertThat(server.delete("/shop/homepage-featured-groups/2", admin).status()).isEqualTo(204); // also when empty
        assertThat(ok(server.get("/shop/homepage-featured-groups", admin), 200).get("placements")).hasSize(1);
    }

    @Test
    void a_slot_refuses_bad_positions_missing_ids_unknown_teams_and_ineligible_groups() {
        Brewery north = shop.brewery("Checked Brewery");
        Brewery other = shop.brewery("Other Brewery");
        String hidden = shop.group(north, "Hidden Group " + UUID.randomUUID().toString().substring(0, 6), false);
        String visible = shop.group(north, "Visible Group " + UUID.randomUUID().toString().substring(0, 6), true);
        String slot = "/shop/homepage-featured-groups/";

        refused(server.put(slot + "3", admin, Map.of("teamId", north.teamId(), "groupId", visible)), 400, "position must be 1 or 2");
        refused(server.put(slot + "x", admin, Map.of("teamId", north.teamId(), "groupId", visible)), 400, "position must be 1 or 2");
        refused(server.delete(slot + "0", admin), 400, "position must be 1 or 2");
        refused(server.put(slot + "1", admin, Map.of("groupId", visible)), 400, "teamId is required");
        refused(server.put(slot + "1", admin, Map.of("teamId", north.teamId())), 400, "groupId is required");
        refused(server.put(slot + "1", admin, Map.of("teamId", "nope", "groupId", visible)), 400, null);
        refused(server.put(slot + "1", admin, Map.of("teamId", UUID.randomUUID().toString(), "groupId", visible)), 400,
                "teamId must reference an existing team");
        String ineligible = "the group must be shop-visible and linked to the team by an active or invited membership";
        refused(server.put(slot + "1", admin, Map.of("teamId", north.teamId(), "groupId", hidden)), 400, ineligible);
        refused(server.put(slot + "1", admin, Map.of("teamId", other.teamId(), "groupId", visible)), 400, ineligible);
        refused(server.put(slot + "1", admin, Map.of("teamId", north.teamId(), "groupId", UUID.randomUUID().toString())), 400,
                "groupId must reference an existing group");
    }

    @Test
    void hiding_or_retiring_a_group_clears_its_slot() {
        clearSlots();
        Brewery north = shop.brewery("Retiring Brewery");
        String first = shop.group(north, "To Hide " + UUID.randomUUID().toString().substring(0, 6), true);
        String second = shop.group(north, "To Retire " + UUID.randomUUID().toString().substring(0, 6), true);
        ok(server.put("/shop/homepage-featured-groups/1", admin, Map.of("teamId", north.teamId(), "groupId", first)), 200);
        ok(server.put("/shop/homepage-featured-groups/2", admin, Map.of("teamId", north.teamId(), "groupId", second)), 200);

        ok(server.patch("/groups/" + first, admin, Map.of("shopVisible", false)), 200);
        ok(server.patch("/groups/" + second, north.token(), Map.of("teamId", north.teamId(), "status", "retired")), 200);

        assertThat(ok(server.get("/shop/homepage-featured-groups", admin), 200).get("placements")).isEmpty();
        assertThat(ok(server.get("/public/featured-groups", null), 200).get("placements")).isEmpty();
    }

    @Test
    void a_teams_shop_groups_and_the_public_groups_list_only_shop_visible_active_groups() {
        Brewery north = shop.brewery("Listing Brewery");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String visible = shop.group(north, "Listed " + tag, true);
        shop.group(north, "Unlisted " + tag, false);

        JsonNode groups = ok(server.get("/shop/teams/" + north.teamId() + "/groups", admin), 200).get("groups");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("id").asText()).isEqualTo(visible);
        assertThat(groups.get(0).get("membershipStatus").asText()).isEqualTo("active");
        assertThat(groups.get(0).get("slug").asText()).isNotBlank();
        refused(server.get("/shop/teams/" + UUID.randomUUID() + "/groups", admin), 404, "Team not found");

        Response pub = server.get("/public/groups", null);
        List<String> names = new ArrayList<>();
        ok(pub, 200).get("groups").forEach(g -> names.add(g.get("name").asText()));
        assertThat(names).contains("Listed " + tag).doesNotContain("Unlisted " + tag);
        assertThat(pub.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    }

    @Test
    void a_placement_whose_team_left_the_group_is_not_shown_publicly() throws SQLException {
        clearSlots();
        Brewery north = shop.brewery("Leaving Brewery");
        String group = shop.group(north, "Left Behind " + UUID.randomUUID().toString().substring(0, 6), true);
        ok(server.put("/shop/homepage-featured-groups/1", admin, Map.of("teamId", north.teamId(), "groupId", group)), 200);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl())) {
            c.createStatement().executeUpdate("update group_members set status = 'retired' where group_id = '" + group + "'");
        }
        assertThat(ok(server.get("/public/featured-groups", null), 200).get("placements")).isEmpty();
        assertThat(ok(server.get("/shop/homepage-featured-groups", admin), 200).get("placements")).hasSize(1);
    }

    private static void clearSlots() {
        server.delete("/shop/homepage-featured-groups/1", admin);
        server.delete("/shop/homepage-featured-groups/2", admin);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static int count(ResultSet rs) throws SQLException {
        rs.next();
        return rs.getInt(1);
    }
}
