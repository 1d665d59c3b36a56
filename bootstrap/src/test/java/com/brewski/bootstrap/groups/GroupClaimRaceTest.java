package com.brewski.bootstrap.groups;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.Race;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group claims raced against PostgreSQL: of N requests changing one order's claim at the same moment,
 * exactly one wins and the others get 409 — on one server, and on two server instances sharing one
 * database (the row is settled by the database, not by anything held in a server's memory).
 */
@ExtendWith(SharedServer.class)
class GroupClaimRaceTest {
    private static final int TEAMS = 6;
    private static final int ROUNDS = 4;

    private static TestServer server;
    private static TestServer second;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        second = TestServer.startSharing(server);
        fixture = new TradeFixture(server);
    }

    @AfterAll
    static void stop() {
        second.close();
    }

    /** A group of {@link #TEAMS} active member breweries; the first founded it and sells to {@code client}. */
    private record Crowd(List<Brewery> teams, String group, String client) {
        Brewery hub() {
            return teams.getFirst();
        }
    }

    private Crowd crowd(String name) {
        List<Brewery> teams = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) teams.add(fixture.brewery(name + " " + i));
        String group = fixture.group(teams.getFirst(), name + " Group " + teams.getFirst().teamId().substring(0, 6));
        for (Brewery member : teams.subList(1, TEAMS)) fixture.join(group, teams.getFirst(), member);
        return new Crowd(teams, group, fixture.client(teams.getFirst(), name + " Bar"));
    }

    private String groupOrder(Crowd crowd) {
        return fixture.order(crowd.hub(), crowd.client(), json("groupId", crowd.group())).get("id").asText();
    }

    /** Alternates the two instances when {@code shared}, so racing requests land on different servers. */
    private static TestServer instance(boolean shared, int index) {
        return shared && index % 2 == 1 ? second : server;
    }

    private JsonNode read(Crowd crowd, String order) {
        return ok(server.get("/orders/" + order, crowd.hub().token()), 200).get("order");
    }

    private static String winner(List<Response> responses) {
        List<Response> won = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(won).as("exactly one winner in %s", responses).hasSize(1);
        return won.getFirst().json().get("order").get("groupClaimTeamId").asText(null);
    }

    private long activityOf(Brewery team, String type, String order) {
        JsonNode page = ok(server.get("/activity?teamId=" + team.teamId() + "&category=orders&pageSize=200", team.token()), 200);
        long n = 0;
        for (JsonNode entry : page.get("results"))
            if (entry.get("type").asText().equals(type) && entry.get("relatedIds").toString().contains(order)) n++;
        return n;
    }

    // --- N teams claiming one order

    private void teamsRaceToClaim(String name, boolean shared) {
        Crowd crowd = crowd(name);
        for (int round = 0; round < ROUNDS; round++) {
            String order = groupOrder(crowd);

            List<Response> responses = Race.of(TEAMS, i -> instance(shared, i).post("/orders/" + order + "/group/claim",
                    crowd.teams().get(i).token(), json("teamId", crowd.teams().get(i).teamId())));

            String claimant = winner(responses);
            assertThat(Race.count(responses, 409)).as("%s", responses).isEqualTo(TEAMS - 1);
            for (Response r : responses)
                if (r.status() == 409) assertThat(r.json().get("message").asText()).isEqualTo("Order is already claimed");
            JsonNode stored = read(crowd, order);
            assertThat(stored.get("groupClaimTeamId").asText()).isEqualTo(claimant);
            assertThat(stored.get("groupClaimStatus").asText()).isEqualTo("collating");
            assertThat(activityOf(crowd.hub(), "orders.group.claimed", order)).as("one claim entry").isEqualTo(1);
        }
    }

    @Test
    void of_n_teams_claiming_one_order_on_one_server_exactly_one_wins_and_the_rest_get_409() {
        teamsRaceToClaim("Single Claim Race", false);
    }

    @Test
    void of_n_teams_claiming_one_order_across_two_servers_exactly_one_wins_and_the_rest_get_409() {
        teamsRaceToClaim("Shared Claim Race", true);
    }

    // --- a transfer racing a release

    /**
     * A request that lost a race to move a claim gets 409, whenever it read the claim: before the winner
     * wrote it (its compare-and-set fails), or after (the order is unclaimed, or its team held the claim
     * just before the winner moved it).
     */
    private static void assertLost(Response loser) {
        assertThat(loser.status()).as("%s", loser).isEqualTo(409);
    }

    /** The claim team transfers to another member while, at the same moment, it releases the order: one wins. */
    private void transferRacesRelease(String name, boolean shared) {
        Crowd crowd = crowd(name);
        Brewery claimant = crowd.teams().get(1);
        Brewery target = crowd.teams().get(2);
        for (int round = 0; round < ROUNDS * 2; round++) {
            String order = groupOrder(crowd);
            ok(instance(shared, round).post("/orders/" + order + "/group/claim", claimant.token(),
                    json("teamId", claimant.teamId())), 200);

            List<Response> responses = Race.of(2, i -> i == 0
                    ? instance(shared, i).post("/orders/" + order + "/group/transfer", claimant.token(), json("teamId", target.teamId()))
                    : instance(shared, i).post("/orders/" + order + "/group/release", claimant.token(), null));

            String after = winner(responses);
            JsonNode stored = read(crowd, order);
            if (responses.get(0).status() == 200) {
                assertLost(responses.get(1));
                assertThat(after).isEqualTo(target.teamId());
                assertThat(stored.get("groupClaimTeamId").asText()).isEqualTo(target.teamId());
                assertThat(stored.get("groupClaimStatus").asText()).isEqualTo("collating");
                assertThat(activityOf(crowd.hub(), "orders.group.released", order)).isZero();
            } else {
                assertThat(responses.get(0).status()).as("a transfer losing to a release: %s", responses).isEqualTo(409);
                assertThat(after).isNull();
                assertThat(stored.get("groupClaimTeamId").isNull()).isTrue();
                assertThat(stored.get("groupClaimStatus").asText()).isEqualTo("unclaimed");
                assertThat(activityOf(crowd.hub(), "orders.group.transferred", order)).isZero();
            }
        }
    }

    @Test
    void a_transfer_racing_a_release_on_one_server_lets_exactly_one_through() {
        transferRacesRelease("Single Handover Race", false);
    }

    @Test
    void a_transfer_racing_a_release_across_two_servers_lets_exactly_one_through() {
        transferRacesRelease("Shared Handover Race", true);
    }

    @Test
    void transfers_to_different_teams_racing_across_two_servers_move_the_claim_once() {
        Crowd crowd = crowd("Shared Transfer Race");
        Brewery claimant = crowd.teams().get(1);
        String order = groupOrder(crowd);
        ok(server.post("/orders/" + order + "/group/claim", claimant.token(), json("teamId", claimant.teamId())), 200);
        List<Brewery> targets = crowd.teams().subList(2, TEAMS);

        List<Response> responses = Race.of(targets.size(), i -> instance(true, i).post("/orders/" + order + "/group/transfer",
                claimant.token(), json("teamId", targets.get(i).teamId())));

        String newClaimant = winner(responses);
        responses.stream().filter(r -> r.status() != 200).forEach(GroupClaimRaceTest::assertLost);
        assertThat(read(crowd, order).get("groupClaimTeamId").asText()).isEqualTo(newClaimant);
        assertThat(activityOf(crowd.hub(), "orders.group.transferred", order)).isEqualTo(1);
    }

    @Test
    void both_servers_answer_the_same_order_after_a_claim_on_either() {
        Crowd crowd = crowd("Shared Read");
        String order = groupOrder(crowd);
        Brewery claimant = crowd.teams().get(3);

        ok(second.post("/orders/" + order + "/group/claim", claimant.token(), json("teamId", claimant.teamId())), 200);

        JsonNode first = ok(server.get("/orders/" + order, claimant.token()), 200);
        assertThat(ok(second.get("/orders/" + order, claimant.token()), 200)).isEqualTo(first);
        assertThat(first.get("order").get("groupClaimTeamId").asText()).isEqualTo(claimant.teamId());
        assertThat(second.port()).isNotEqualTo(server.port());
    }
}
