package com.brewski.bootstrap.homepage;

import com.brewski.application.testing.SampleImages;
import com.brewski.bootstrap.testing.Race;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static com.brewski.bootstrap.homepage.HomepageClient.fields;
import static com.brewski.bootstrap.homepage.HomepageClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The homepage invariants under 20 concurrent requests on two server instances over one PostgreSQL:
 * exactly one default promotion, and hero positions a gap-free permutation 0…n−1. Racing requests
 * alternate between the instances, so nothing held in one server's memory can settle them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HomepageRaceTest {
    private static final int N = 20;
    private static final byte[] IMAGE = SampleImages.jpeg(200, 120);

    private static TestServer server;
    private static TestServer second;
    private static String admin;
    private static String team;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        second = TestServer.startSharing(server);
        admin = server.adminToken();
        team = server.createTeam(server.register("Race owner"), "Race Brewery");
    }

    @AfterAll
    static void stop() {
        second.close();
        server.close();
    }

    private static TestServer instance(int i) {
        return i % 2 == 0 ? server : second;
    }

    private static HomepageClient client(int i) {
        return new HomepageClient(instance(i));
    }

    private static List<String> defaults() {
        List<String> ids = new ArrayList<>();
        for (JsonNode p : ok(server.get("/shop/homepage-promotions", admin), 200).get("promotions"))
            if (p.get("isDefault").asBoolean()) ids.add(p.get("id").asText());
        return ids;
    }

    private static String promotion(int i) {
        return ok(client(i).form("POST", "/shop/homepage-promotions", admin,
                fields("teamId", team, "startsAt", "2040-01-01T00:00"), IMAGE), 201).get("promotion").get("id").asText();
    }

    @Test
    @Order(1)
    void of_20_promotions_created_at_once_while_none_is_default_exactly_one_becomes_it() {
        List<Response> created = Race.of(N, i -> client(i).form("POST", "/shop/homepage-promotions", admin,
                fields("teamId", team, "startsAt", "2040-01-01T00:00"), IMAGE));

        assertThat(Race.count(created, 201)).as("%s", created).isEqualTo(N);
        assertThat(created.stream().filter(r -> r.json().get("promotion").get("isDefault").asBoolean())).hasSize(1);
        assertThat(defaults()).hasSize(1);
    }

    @Test
    @Order(2)
    void twenty_concurrent_make_default_calls_across_two_servers_leave_exactly_one_default() {
        String initial = defaults().getFirst();
        List<String> targets = IntStream.range(0, N).mapToObj(HomepageRaceTest::promotion).toList();

        List<Response> responses = Race.of(N, i -> instance(i).post("/shop/homepage-promotions/" + targets.get(i) + "/default", admin, null));

        assertThat(Race.count(responses, 200)).as("%s", responses).isEqualTo(N);
        List<String> after = defaults();
        assertThat(after).hasSize(1);
        assertThat(targets).contains(after.getFirst());
        // the calls queued: each demoted exactly the default before it, so the demotions are the first
        // default and every target but the last one, each once
        List<String> demoted = new ArrayList<>();
        for (Response r : responses) {
            assertThat(r.json().get("promotion").get("isDefault").asBoolean()).isTrue();
            r.json().get("demotedPromotionIds").forEach(id -> demoted.add(id.asText()));
        }
        Set<String> expected = new HashSet<>(targets);
        expected.remove(after.getFirst());
        expected.add(initial);
        assertThat(demoted).hasSize(N).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @Order(3)
    void the_same_promotion_made_default_20_times_at_once_stays_the_one_default() {
        String target = promotion(0);
        List<Response> responses = Race.of(N, i -> instance(i).post("/shop/homepage-promotions/" + target + "/default", admin, null));
        assertThat(Race.count(responses, 200)).as("%s", responses).isEqualTo(N);
        assertThat(defaults()).containsExactly(target);
        long demoting = responses.stream().filter(r -> !r.json().get("demotedPromotionIds").isEmpty()).count();
        assertThat(demoting).as("only the first call demotes the old default").isEqualTo(1);
    }

    // --- the hero carousel

    private static JsonNode heroes() {
        return ok(server.get("/shop/homepage-hero", admin), 200).get("heroes");
    }

    private static void assertPermutation(JsonNode heroes) {
        List<Integer> positions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        heroes.forEach(h -> {
            positions.add(h.get("position").asInt());
            keys.add(h.get("imageKey").asText());
        });
        assertThat(positions).as("gap-free positions in %s", heroes).containsExactlyElementsOf(IntStream.range(0, heroes.size()).boxed().toList());
        assertThat(keys).as("one image object per slide").hasSize(heroes.size());
    }

    private static String hero(int i, String title) {
        return ok(client(i).form("POST", "/shop/homepage-hero", admin,
                fields("category", "Race", "title", title, "message", "m"), IMAGE), 201).get("hero").get("id").asText();
    }

    @Test
    @Order(4)
    void twenty_concurrent_creates_across_two_servers_take_positions_0_to_19() {
        for (JsonNode h : heroes()) ok(server.delete("/shop/homepage-hero/" + h.get("id").asText(), admin), 200);

        List<Response> created = Race.of(N, i -> client(i).form("POST", "/shop/homepage-hero", admin,
                fields("category", "Race", "title", "Slide " + i, "message", "m"), IMAGE));

        assertThat(Race.count(created, 201)).as("%s", created).isEqualTo(N);
        Set<Integer> positions = new HashSet<>();
        created.forEach(r -> positions.add(r.json().get("hero").get("position").asInt()));
        assertThat(positions).containsExactlyInAnyOrderElementsOf(IntStream.range(0, N).boxed().toList());
        assertThat(heroes()).hasSize(N);
        assertPermutation(heroes());
    }

    @Test
    @Order(5)
    void creates_reorders_and_deletes_racing_across_two_servers_keep_a_gap_free_permutation() {
        for (int round = 0; round < 2; round++) {
            for (JsonNode h : heroes()) ok(server.delete("/shop/homepage-hero/" + h.get("id").asText(), admin), 200);
            List<String> initial = new ArrayList<>();
            for (int i = 0; i < 10; i++) initial.add(hero(i, "Initial " + i));

            // 5 creates, 5 deletes of slides 0–4, 10 moves of slides 5–9 up and down
            List<Response> responses = Race.of(N, i -> switch (i % 4) {
                case 0 -> client(i).form("POST", "/shop/homepage-hero", admin,
                        fields("category", "Race", "title", "New " + i, "message", "m"), IMAGE);
                case 1 -> instance(i).delete("/shop/homepage-hero/" + initial.get(i / 4), admin);
                default -> instance(i).post("/shop/homepage-hero/" + initial.get(5 + i % 5) + "/reorder", admin,
                        Map.of("direction", i % 3 == 0 ? "up" : "down"));
            });

            for (int i = 0; i < N; i++) {
                Response r = responses.get(i);
                assertThat(r.status()).as("request %d: %s", i, r).isEqualTo(i % 4 == 0 ? 201 : 200);
                if (i % 4 != 0) assertPermutation(r.json().get("heroes"));
            }
            JsonNode after = heroes();
            assertThat(after).hasSize(10);
            assertPermutation(after);
            Set<String> ids = new HashSet<>();
            after.forEach(h -> ids.add(h.get("id").asText()));
            assertThat(ids).doesNotContainAnyElementsOf(initial.subList(0, 5)).containsAll(initial.subList(5, 10));
            assertThat(ok(second.get("/shop/homepage-hero", admin), 200).get("heroes")).isEqualTo(after);
        }
    }
}
