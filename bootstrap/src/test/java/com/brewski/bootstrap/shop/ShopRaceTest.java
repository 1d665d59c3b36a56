package com.brewski.bootstrap.shop;

import com.brewski.application.testing.SampleImages;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.brewski.bootstrap.shop.ShopClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's invariants raced on two server instances over one PostgreSQL: one default image per
 * upsell under 20 concurrent uploads, default changes and deletes; a group in at most one homepage
 * slot under 20 concurrent PUTs; each navigation toggle seeded once under 20 concurrent first lists.
 */
class ShopRaceTest {
    private static final int N = 20;
    private static TestServer first;
    private static TestServer second;
    private static ShopClient[] clients;
    private static String admin;

    @BeforeAll
    static void start() {
        first = TestServer.start(Map.of("LOGIN_ATTEMPTS_PER_ADDRESS", "1000"));
        second = TestServer.startSharing(first);
        clients = new ShopClient[]{new ShopClient(first), new ShopClient(second)};
        admin = first.adminToken();
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    private static TestServer server(int i) {
        return i % 2 == 0 ? first : second;
    }

    private static long defaults(String upsellId) throws SQLException {
        try (Connection c = DriverManager.getConnection(first.jdbcUrl());
             PreparedStatement s = c.prepareStatement("select count(*) from upsell_images where upsell_id = ?::uuid and is_default")) {
            s.setString(1, upsellId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void concurrent_uploads_default_changes_and_deletes_leave_exactly_one_default() throws SQLException {
        String upsell = clients[0].upsell(admin, "Raced " + UUID.randomUUID().toString().substring(0, 6));
        byte[] png = SampleImages.png(60, 60);

        List<Response> uploads = Race.of(N, i -> clients[i % 2].uploadImage(upsell, admin, png, i % 3 == 0));

        assertThat(Race.count(uploads, 201)).as("%s", uploads).isEqualTo(N);
        JsonNode upsellNow = ok(first.get("/shop/upsells/" + upsell, admin), 200).get("upsell");
        assertThat(upsellNow.get("images")).hasSize(N);
        assertThat(defaults(upsell)).isEqualTo(1);

        List<String> ids = new ArrayList<>();
        upsellNow.get("images").forEach(i -> ids.add(i.get("id").asText()));
        // half make an image the default, half delete another one, all at once on both instances
        List<Response> changes = Race.of(N, i -> i % 2 == 0
                ? server(i).patch("/shop/upsells/" + upsell + "/images/" + ids.get(i) + "/default", admin, null)
                : server(i).delete("/shop/upsells/" + upsell + "/images/" + ids.get(i), admin));

        for (Response r : changes) assertThat(r.status()).as("%s", r).isIn(200, 409);
        JsonNode after = ok(second.get("/shop/upsells/" + upsell, admin), 200).get("upsell");
        int deleted = 0;
        for (int i = 1; i < N; i += 2) if (changes.get(i).status() == 200) deleted++;
        assertThat(after.get("images")).hasSize(N - deleted);
        assertThat(defaults(upsell)).isEqualTo(1);
        long defaultsInBody = 0;
        for (JsonNode i : after.get("images")) if (i.get("isDefault").asBoolean()) defaultsInBody++;
        assertThat(defaultsInBody).isEqualTo(1);
    }

    @Test
    void concurrent_first_navigation_lists_on_both_instances_seed_each_toggle_once() throws SQLException {
        List<Response> lists = Race.of(N, i -> server(i).get("/shop/navigation", admin));

        for (Response r : lists) assertThat(ok(r, 200).get("items")).hasSize(6);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("select count(*), count(distinct (section, item)) from shop_navigation_items")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(6);
            assertThat(rs.getInt(2)).isEqualTo(6);
        }
    }

    @Test
    void concurrent_puts_of_one_group_into_both_slots_leave_it_in_one() throws SQLException {
        first.delete("/shop/homepage-featured-groups/1", admin);
        first.delete("/shop/homepage-featured-groups/2", admin);
        Brewery north = clients[0].brewery("Racing Brewery");
        String group = clients[0].group(north, "Racing Group " + UUID.randomUUID().toString().substring(0, 6), true);

        List<Response> puts = Race.of(N, i -> server(i).put("/shop/homepage-featured-groups/" + (i % 4 < 2 ? 1 : 2), admin,
                Map.of("teamId", north.teamId(), "groupId", group)));

        List<Integer> won = new ArrayList<>();
        for (Response r : puts) {
            assertThat(r.status()).as("%s", r).isIn(200, 409);
            if (r.status() == 200) won.add(r.json().get("placement").get("position").asInt());
        }
        assertThat(won).isNotEmpty();
        assertThat(won).as("every winner placed it in the same slot").containsOnly(won.getFirst());
        JsonNode placements = ok(first.get("/shop/homepage-featured-groups", admin), 200).get("placements");
        assertThat(placements).hasSize(1);
        assertThat(placements.get(0).get("position").asInt()).isEqualTo(won.getFirst());
        try (Connection c = DriverManager.getConnection(first.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from shop_featured_groups where group_id = '" + group + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
