package com.brewski.bootstrap.groups;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.groups.GroupClaimRoutesTest.Scene;
import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.groups.GroupClaimRoutesTest.fieldNames;
import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /activity} over real HTTP, fed by group claims: every claim change writes an
 * {@code orders} entry for each team involved; the timeline is paged newest first, for members only.
 */
@ExtendWith(SharedServer.class)
class ActivityRoutesTest {
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    private JsonNode activity(Brewery team, String query) {
        return ok(server.get("/activity?teamId=" + team.teamId() + query, team.token()), 200);
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.get("results").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    /** Partner claims the hub's order, transfers it to third, which releases it. */
    private Scene handedAround(String name) {
        Scene s = GroupClaimRoutesTest.scene(fixture, name);
        ok(server.post("/orders/" + s.order() + "/group/claim", s.partner().token(), json("teamId", s.partner().teamId())), 200);
        ok(server.post("/orders/" + s.order() + "/group/transfer", s.partner().token(), json("teamId", s.third().teamId())), 200);
        ok(server.post("/orders/" + s.order() + "/group/release", s.third().token(), null), 200);
        return s;
    }

    @Test
    void every_claim_change_writes_an_orders_entry_for_each_team_involved() {
        Scene s = handedAround("Timeline");

        assertThat(types(activity(s.hub(), "&category=orders")))
                .as("the order's own team sees every change, newest first")
                .containsExactly("orders.group.released", "orders.group.transferred", "orders.group.claimed");
        assertThat(types(activity(s.partner(), ""))).containsExactly("orders.group.transferred", "orders.group.claimed");
        assertThat(types(activity(s.third(), ""))).containsExactly("orders.group.released", "orders.group.transferred");
        assertThat(activity(s.outsider(), "").get("total").asInt()).isZero();

        JsonNode claimed = activity(s.partner(), "").get("results").get(1);
        assertThat(fieldNames(claimed)).containsExactly("id", "teamId", "category", "type", "message", "actorId",
                "relatedIds", "createdAt");
        assertThat(claimed.get("teamId").asText()).isEqualTo(s.partner().teamId());
        assertThat(claimed.get("category").asText()).isEqualTo("orders");
        assertThat(claimed.get("actorId").isNull()).isFalse();
        assertThat(claimed.get("createdAt").asText()).matches(TIMESTAMP);
        List<String> related = new ArrayList<>();
        claimed.get("relatedIds").forEach(id -> related.add(id.asText()));
        assertThat(related).contains(s.order(), s.group());
        String number = ok(server.get("/orders/" + s.order(), s.hub().token()), 200).get("order").get("number").asText();
        assertThat(claimed.get("message").asText()).contains(number).contains("Timeline Partner");
        JsonNode hubClaimed = activity(s.hub(), "").get("results").get(2);
        assertThat(hubClaimed.get("message")).isEqualTo(claimed.get("message"));
        assertThat(hubClaimed.get("createdAt")).isEqualTo(claimed.get("createdAt"));
    }

    @Test
    void refused_claim_changes_write_nothing() {
        Scene s = GroupClaimRoutesTest.scene(fixture, "Quiet");

        refused(server.post("/orders/" + s.order() + "/group/release", s.hub().token(), null), 409, "Order is already unclaimed");
        refused(server.post("/orders/" + s.order() + "/group/claim", s.outsider().token(), json("teamId", s.outsider().teamId())),
                403, "The claiming team must be an active member of the group");
        ok(server.post("/orders/" + s.order() + "/group/claim", s.partner().token(), json("teamId", s.partner().teamId())), 200);
        refused(server.post("/orders/" + s.order() + "/group/claim", s.third().token(), json("teamId", s.third().teamId())),
                409, "Order is already claimed");

        assertThat(types(activity(s.hub(), ""))).containsExactly("orders.group.claimed");
        assertThat(activity(s.third(), "").get("total").asInt()).isZero();
    }

    @Test
    void the_timeline_is_paged_newest_first_and_filtered_by_category() {
        Scene s = handedAround("Paging");

        JsonNode first = activity(s.hub(), "&pageSize=2");
        assertThat(fieldNames(first)).containsExactly("page", "pageSize", "total", "pages", "sort", "direction", "results");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(first.get("sort").asText()).isEqualTo("createdAt");
        assertThat(first.get("direction").asText()).isEqualTo("desc");
        assertThat(types(first)).containsExactly("orders.group.released", "orders.group.transferred");
        assertThat(types(activity(s.hub(), "&pageSize=2&page=2"))).containsExactly("orders.group.claimed");
        assertThat(types(activity(s.hub(), "&pageSize=2&page=3"))).isEmpty();
        JsonNode marketing = activity(s.hub(), "&category=marketing");
        assertThat(marketing.get("total").asInt()).isZero();
        assertThat(marketing.get("results")).isEmpty();
    }

    @Test
    void only_members_read_a_timeline() {
        Scene s = handedAround("Private Timeline");
        String member = fixture.memberOf(s.hub(), "member");

        assertThat(ok(server.get("/activity?teamId=" + s.hub().teamId(), member), 200).get("total").asInt()).isEqualTo(3);
        refused(server.get("/activity?teamId=" + s.hub().teamId(), s.partner().token()), 403, "forbidden");
        refused(server.get("/activity?teamId=" + s.hub().teamId(), s.outsider().token()), 403, "forbidden");
        refused(server.get("/activity?teamId=" + s.hub().teamId(), null), 401, "unauthorized");
        refused(server.get("/activity?teamId=" + MISSING, s.hub().token()), 404, "Team not found");
        refusedNaming(server.get("/activity", s.hub().token()), "teamId");
        refusedNaming(server.get("/activity?teamId=nope", s.hub().token()), "teamId");
        refusedNaming(server.get("/activity?teamId=" + s.hub().teamId() + "&category=Orders!", s.hub().token()), "category");
        refusedNaming(server.get("/activity?teamId=" + s.hub().teamId() + "&pageSize=201", s.hub().token()), "pageSize");
        refusedNaming(server.get("/activity?teamId=" + s.hub().teamId() + "&page=0", s.hub().token()), "page");
    }
}
