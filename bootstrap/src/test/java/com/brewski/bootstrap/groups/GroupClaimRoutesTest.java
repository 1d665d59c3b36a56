package com.brewski.bootstrap.groups;

import com.brewski.bootstrap.orders.TradeFixture;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
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
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /orders/:id/group/claim|transfer|release} and {@code GET /groups/:id/orders/claimable}
 * over real HTTP: every requirement and error of the contract, and what group members may read.
 */
class GroupClaimRoutesTest {
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("LOGIN_ATTEMPTS_PER_ADDRESS", "1000"));
        fixture = new TradeFixture(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * A group founded by {@code hub} with {@code partner} and {@code third} as active members, an
     * outsider brewery, and an unclaimed order of the hub linked to the group.
     */
    record Scene(Brewery hub, Brewery partner, Brewery third, Brewery outsider, String group, String client, String order) {}

    static Scene scene(TradeFixture fixture, String name) {
        Brewery hub = fixture.brewery(name + " Hub");
        Brewery partner = fixture.brewery(name + " Partner");
        Brewery third = fixture.brewery(name + " Third");
        Brewery outsider = fixture.brewery(name + " Outsider");
        String group = fixture.group(hub, name + " Group " + hub.teamId().substring(0, 6));
        fixture.join(group, hub, partner);
        fixture.join(group, hub, third);
        String client = fixture.client(hub, name + " Bar");
        String order = fixture.order(hub, client, json("groupId", group, "groupEarliestDeliveryAt", "2025-03-10T09:00:00.000Z",
                "groupLatestDeliveryAt", "2025-03-13T17:00:00.000Z")).get("id").asText();
        return new Scene(hub, partner, third, outsider, group, client, order);
    }

    private Scene scene(String name) {
        return scene(fixture, name);
    }

    private Response claim(Scene s, Brewery caller, String teamId) {
        return server.post("/orders/" + s.order() + "/group/claim", caller.token(), json("teamId", teamId));
    }

    private Response transfer(Scene s, Brewery caller, String teamId) {
        return server.post("/orders/" + s.order() + "/group/transfer", caller.token(), json("teamId", teamId));
    }

    private Response release(Scene s, Brewery caller) {
        return server.post("/orders/" + s.order() + "/group/release", caller.token(), null);
    }

    private JsonNode read(Scene s) {
        return ok(server.get("/orders/" + s.order(), s.hub().token()), 200).get("order");
    }

    /** The order as {@code reader} reads it (a partner's view for another team than the seller's). */
    private JsonNode read(Scene s, Brewery reader) {
        return ok(server.get("/orders/" + s.order(), reader.token()), 200).get("order");
    }

    private void dispatch(Scene s, String status) {
        ok(server.patch("/orders/" + s.order() + "/dispatch", s.hub().token(), json("dispatchStatus", status)), 200);
    }

    // --- claim

    @Test
    void an_active_member_claims_an_unclaimed_order_and_gets_the_full_order_back_collating() {
        Scene s = scene("Claim");

        JsonNode body = ok(claim(s, s.partner(), s.partner().teamId()), 200);

        assertThat(fieldNames(body)).containsExactly("order");
        JsonNode order = body.get("order");
        assertThat(order.get("id").asText()).isEqualTo(s.order());
        assertThat(order.get("groupId").asText()).isEqualTo(s.group());
        assertThat(order.get("groupClaimTeamId").asText()).isEqualTo(s.partner().teamId());
        assertThat(order.get("groupClaimTeamName").asText()).isEqualTo("Claim Partner");
        assertThat(order.get("groupClaimStatus").asText()).isEqualTo("collating");
        assertThat(order.get("groupEarliestDeliveryAt").asText()).as("the window is kept").isEqualTo("2025-03-10T09:00:00.000Z");
        assertThat(order.get("groupLatestDeliveryAt").asText()).isEqualTo("2025-03-13T17:00:00.000Z");
        assertThat(order).as("the payload of GET /orders/:id, as the partner reads it").isEqualTo(read(s, s.partner()));
        assertThat(fieldNames(order)).containsExactlyElementsOf(fieldNames(read(s)));
    }

    @Test
    void a_team_may_claim_its_own_groups_order() {
        Scene s = scene("Self Claim");

        JsonNode order = ok(claim(s, s.hub(), s.hub().teamId()), 200).get("order");

        assertThat(order.get("groupClaimTeamId").asText()).isEqualTo(s.hub().teamId());
        assertThat(order.get("groupClaimStatus").asText()).isEqualTo("collating");
    }

    @Test
    void claim_is_refused_as_the_contract_says() {
        Scene s = scene("Claim Guard");
        String unlinked = fixture.order(s.hub(), s.client()).get("id").asText();
        String path = "/orders/" + s.order() + "/group/claim";

        refused(server.post(path, null, json("teamId", s.partner().teamId())), 401, "unauthorized");
        refusedNaming(server.post(path, s.partner().token(), json()), "teamId");
        refusedNaming(server.post(path, s.partner().token(), json("teamId", "partner")), "teamId");
        refused(claim(s, s.partner(), s.third().teamId()), 403, "forbidden");
        refused(claim(s, s.outsider(), s.outsider().teamId()), 403, "The claiming team must be an active member of the group");
        refused(server.post("/orders/" + MISSING + "/group/claim", s.partner().token(), json("teamId", s.partner().teamId())),
                404, "Order not found");
        refused(server.post("/orders/nope/group/claim", s.partner().token(), json("teamId", s.partner().teamId())),
                404, "Order not found");
        refused(server.post("/orders/" + unlinked + "/group/claim", s.hub().token(), json("teamId", s.hub().teamId())),
                404, "Group not found");
        assertThat(read(s).get("groupClaimStatus").asText()).as("nothing changed").isEqualTo("unclaimed");

        ok(claim(s, s.partner(), s.partner().teamId()), 200);
        refused(claim(s, s.third(), s.third().teamId()), 409, "Order is already claimed");
        refused(claim(s, s.partner(), s.partner().teamId()), 409, "Order is already claimed");
        assertThat(read(s).get("groupClaimTeamId").asText()).isEqualTo(s.partner().teamId());
    }

    @Test
    void a_team_that_left_the_group_cannot_claim_and_a_retired_group_cannot_be_claimed() {
        Scene s = scene("Retired Claim");
        fixture.leave(s.group(), s.third());

        refused(claim(s, s.third(), s.third().teamId()), 403, "The claiming team must be an active member of the group");

        fixture.retire(s.group(), s.hub());
        refused(claim(s, s.partner(), s.partner().teamId()), 409, "Group is retired");
        JsonNode order = read(s);
        assertThat(order.get("groupClaimStatus").asText()).isEqualTo("unclaimed");
        assertThat(order.get("group").get("status").asText()).isEqualTo("retired");
    }

    // --- transfer

    @Test
    void the_claim_team_transfers_coordination_to_another_active_member_before_dispatch() {
        Scene s = scene("Transfer");
        ok(claim(s, s.partner(), s.partner().teamId()), 200);
        dispatch(s, "packed");

        JsonNode body = ok(transfer(s, s.partner(), s.third().teamId()), 200);

        assertThat(fieldNames(body)).containsExactly("order");
        JsonNode order = body.get("order");
        assertThat(order.get("groupClaimTeamId").asText()).isEqualTo(s.third().teamId());
        assertThat(order.get("groupClaimTeamName").asText()).isEqualTo("Transfer Third");
        assertThat(order.get("groupClaimStatus").asText()).isEqualTo("collating");
        assertThat(order.get("dispatchStatus").asText()).isEqualTo("packed");
        assertThat(order).isEqualTo(read(s, s.partner()));

        JsonNode back = ok(transfer(s, s.third(), s.hub().teamId()), 200).get("order");
        assertThat(back.get("groupClaimTeamId").asText()).isEqualTo(s.hub().teamId());
    }

    @Test
    void transfer_is_refused_as_the_contract_says() {
        Scene s = scene("Transfer Guard");
        String path = "/orders/" + s.order() + "/group/transfer";

        refused(transfer(s, s.partner(), s.third().teamId()), 409, "Order is unclaimed");
        ok(claim(s, s.partner(), s.partner().teamId()), 200);

        refused(server.post(path, null, json("teamId", s.third().teamId())), 401, "unauthorized");
        refusedNaming(server.post(path, s.partner().token(), json()), "teamId");
        refused(transfer(s, s.hub(), s.third().teamId()), 403, "Caller is not on the current claim team");
        refused(transfer(s, s.third(), s.third().teamId()), 403, "Caller is not on the current claim team");
        refused(transfer(s, s.outsider(), s.outsider().teamId()), 403, "Caller is not on the current claim team");
        refused(transfer(s, s.partner(), s.outsider().teamId()), 403, "The target team must be an active member of the group");
        refused(transfer(s, s.partner(), MISSING), 403, "The target team must be an active member of the group");
        refusedNaming(transfer(s, s.partner(), s.partner().teamId()), "teamId");
        refused(server.post("/orders/" + MISSING + "/group/transfer", s.partner().token(), json("teamId", s.third().teamId())),
                404, "Order not found");
        fixture.leave(s.group(), s.third());
        refused(transfer(s, s.partner(), s.third().teamId()), 403, "The target team must be an active member of the group");
        assertThat(read(s).get("groupClaimTeamId").asText()).as("nothing changed").isEqualTo(s.partner().teamId());

        dispatch(s, "dispatched");
        refused(transfer(s, s.partner(), s.hub().teamId()), 409, "Order dispatch has already started");
        dispatch(s, "delivered");
        refused(transfer(s, s.partner(), s.hub().teamId()), 409, "Order dispatch has already started");
        assertThat(read(s).get("groupClaimTeamId").asText()).isEqualTo(s.partner().teamId());
    }

    @Test
    void a_claim_in_a_retired_group_cannot_be_transferred_or_released() {
        Scene s = scene("Retired Transfer");
        ok(claim(s, s.partner(), s.partner().teamId()), 200);
        fixture.retire(s.group(), s.hub());

        refused(transfer(s, s.partner(), s.third().teamId()), 409, "Group is retired");
        refused(release(s, s.partner()), 409, "Group is retired");
        assertThat(read(s).get("groupClaimTeamId").asText()).isEqualTo(s.partner().teamId());
    }

    // --- release

    @Test
    void the_claim_team_releases_the_order_back_to_the_groups_queue() {
        Scene s = scene("Release");
        ok(claim(s, s.partner(), s.partner().teamId()), 200);
        dispatch(s, "packed");

        JsonNode body = ok(release(s, s.partner()), 200);

        assertThat(fieldNames(body)).containsExactly("order");
        JsonNode order = body.get("order");
        assertThat(order.get("groupClaimTeamId").isNull()).isTrue();
        assertThat(order.get("groupClaimTeamName").isNull()).isTrue();
        assertThat(order.get("groupClaimStatus").asText()).isEqualTo("unclaimed");
        assertThat(order.get("groupId").asText()).as("still linked to the group").isEqualTo(s.group());
        assertThat(order).isEqualTo(read(s, s.partner()));

        ok(claim(s, s.third(), s.third().teamId()), 200);
        assertThat(read(s).get("groupClaimTeamId").asText()).as("claimable again").isEqualTo(s.third().teamId());
    }

    @Test
    void a_team_whose_claim_was_just_handed_on_is_told_the_claim_changed() {
        Scene s = scene("Handed On");
        ok(claim(s, s.partner(), s.partner().teamId()), 200);
        ok(transfer(s, s.partner(), s.third().teamId()), 200);

        refused(release(s, s.partner()), 409, "Claim data changed mid-release");
        refused(transfer(s, s.partner(), s.partner().teamId()), 409, "Claim data changed during transfer");
        refused(release(s, s.hub()), 403, "Caller is not on the current claim team");
        ok(release(s, s.third()), 200);
    }

    @Test
    void release_is_refused_as_the_contract_says() {
        Scene s = scene("Release Guard");
        String path = "/orders/" + s.order() + "/group/release";

        refused(release(s, s.hub()), 409, "Order is already unclaimed");
        ok(claim(s, s.partner(), s.partner().teamId()), 200);

        refused(server.post(path, null, null), 401, "unauthorized");
        refused(release(s, s.hub()), 403, "Caller is not on the current claim team");
        refused(release(s, s.third()), 403, "Caller is not on the current claim team");
        refused(release(s, s.outsider()), 403, "Caller is not on the current claim team");
        refused(server.post("/orders/" + MISSING + "/group/release", s.partner().token(), null), 404, "Order not found");

        dispatch(s, "in_transit");
        refused(release(s, s.partner()), 409, "Order dispatch has already started");
        assertThat(read(s).get("groupClaimTeamId").asText()).isEqualTo(s.partner().teamId());
        dispatch(s, "pending");
        ok(release(s, s.partner()), 200);
        refused(release(s, s.partner()), 409, "Order is already unclaimed");
    }

    @Test
    void a_member_of_the_claim_team_who_is_not_its_owner_may_transfer_and_release() {
        Scene s = scene("Crew Claim");
        String crew = fixture.memberOf(s.partner(), "member");

        ok(server.post("/orders/" + s.order() + "/group/claim", crew, json("teamId", s.partner().teamId())), 200);
        ok(server.post("/orders/" + s.order() + "/group/transfer", crew, json("teamId", s.third().teamId())), 200);
        // their team no longer holds the claim: it changed hands (to the team they chose), so 409
        refused(server.post("/orders/" + s.order() + "/group/release", crew, null), 409, "Claim data changed mid-release");
        ok(release(s, s.third()), 200);
    }

    // --- reading group orders

    @Test
    void the_claimable_list_answers_the_groups_unclaimed_orders_across_its_teams_oldest_first() {
        Scene s = scene("Claimable");
        String partnerClient = fixture.client(s.partner(), "Partner Bar");
        String partnerOrder = fixture.order(s.partner(), partnerClient, json("groupId", s.group())).get("id").asText();
        String claimedOrder = fixture.order(s.hub(), s.client(), json("groupId", s.group())).get("id").asText();
        ok(server.post("/orders/" + claimedOrder + "/group/claim", s.third().token(), json("teamId", s.third().teamId())), 200);
        fixture.order(s.hub(), s.client());
        String path = "/groups/" + s.group() + "/orders/claimable?teamId=";

        JsonNode page = ok(server.get(path + s.third().teamId(), s.third().token()), 200);

        assertThat(fieldNames(page)).containsExactly("page", "pageSize", "total", "pages", "sort", "direction", "results");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("sort").asText()).isEqualTo("createdAt");
        assertThat(page.get("direction").asText()).isEqualTo("asc");
        assertThat(ids(page.get("results"))).containsExactly(s.order(), partnerOrder);
        JsonNode row = page.get("results").get(1);
        assertThat(row.get("teamId").asText()).isEqualTo(s.partner().teamId());
        assertThat(row.get("clientName").asText()).isEqualTo("Partner Bar");
        assertThat(row.get("groupClaimStatus").asText()).isEqualTo("unclaimed");
        assertThat(ids(ok(server.get(path + s.hub().teamId() + "&direction=desc", s.hub().token()), 200).get("results")))
                .containsExactly(partnerOrder, s.order());

        ok(claim(s, s.partner(), s.partner().teamId()), 200);
        assertThat(ids(ok(server.get(path + s.hub().teamId(), s.hub().token()), 200).get("results"))).containsExactly(partnerOrder);
        JsonNode collating = ok(server.get("/group-orders?teamId=" + s.hub().teamId() + "&groupId=" + s.group()
                + "&groupClaimStatus=collating", s.hub().token()), 200);
        assertThat(ids(collating.get("results"))).containsExactlyInAnyOrder(s.order(), claimedOrder);
    }

    @Test
    void the_claimable_list_and_group_orders_are_for_active_members_only() {
        Scene s = scene("Claimable Guard");
        String path = "/groups/" + s.group() + "/orders/claimable?teamId=";

        refused(server.get(path + s.outsider().teamId(), s.outsider().token()), 403, "Team is not an active member of this group");
        refused(server.get(path + s.hub().teamId(), s.outsider().token()), 403, "forbidden");
        refused(server.get("/group-orders?teamId=" + s.outsider().teamId() + "&groupId=" + s.group(), s.outsider().token()),
                403, "Team is not an active member of this group");
        refused(server.get("/groups/" + MISSING + "/orders/claimable?teamId=" + s.hub().teamId(), s.hub().token()), 404,
                "Group not found");
        refused(server.get("/groups/nope/orders/claimable?teamId=" + s.hub().teamId(), s.hub().token()), 404, "Group not found");
        refusedNaming(server.get("/groups/" + s.group() + "/orders/claimable", s.hub().token()), "teamId");
        refusedNaming(server.get(path + s.hub().teamId() + "&sort=number", s.hub().token()), "sort");
        refusedNaming(server.get("/group-orders?teamId=" + s.hub().teamId() + "&groupId=" + s.group() + "&search=ord%00",
                s.hub().token()), "search");
        refusedNaming(server.get("/activity?teamId=" + s.hub().teamId() + "&category=orders%00", s.hub().token()), "category");
        refused(server.get(path + s.hub().teamId(), null), 401, "unauthorized");

        fixture.leave(s.group(), s.third());
        refused(server.get(path + s.third().teamId(), s.third().token()), 403, "Team is not an active member of this group");
    }

    @Test
    void active_group_members_read_the_group_linked_orders_of_other_teams_and_nothing_else() {
        Scene s = scene("Readers");
        String unlinked = fixture.order(s.hub(), s.client()).get("id").asText();

        JsonNode seen = ok(server.get("/orders/" + s.order(), s.partner().token()), 200);
        assertThat(seen.get("order").get("id").asText()).isEqualTo(s.order());
        // without the seller's money: what partners see is checked in GroupPartnerViewTest
        assertThat(seen.get("order").get("payments").isNull()).isTrue();
        refused(server.get("/orders/" + s.order(), s.outsider().token()), 403, "forbidden");
        refused(server.get("/orders/" + unlinked, s.partner().token()), 403, "forbidden");
        refused(server.get("/orders?teamId=" + s.hub().teamId(), s.partner().token()), 403, "forbidden");
        refused(server.patch("/orders/" + s.order(), s.partner().token(), json("notes", "mine now")), 403, "forbidden");

        fixture.leave(s.group(), s.partner());
        refused(server.get("/orders/" + s.order(), s.partner().token()), 403, "forbidden");
    }

    // --- helpers

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
