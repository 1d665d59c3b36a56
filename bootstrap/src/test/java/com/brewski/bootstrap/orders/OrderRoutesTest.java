package com.brewski.bootstrap.orders;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /orders}, {@code GET /orders/:id}, {@code PATCH /orders/:id} and its dispatch, over real HTTP. */
@ExtendWith(SharedServer.class)
class OrderRoutesTest {
    static final List<String> ORDER_FIELDS = List.of("id", "teamId", "clientId", "clientName", "number", "status",
            "dispatchStatus", "issueDate", "dueDate", "groupId", "group", "groupClaimStatus", "groupClaimTeamId",
            "groupClaimTeamName", "groupEarliestDeliveryAt", "groupLatestDeliveryAt", "subtotalMinor", "taxTotalMinor",
            "totalMinor", "totalPaidMinor", "remainingMinor", "currencySymbol", "dutySuspense", "awrsNumber",
            "clientAwrsNumber", "shipping", "payments", "deposits", "notes", "createdAt", "updatedAt", "flags");
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    @Test
    void a_new_order_answers_201_with_every_field_of_the_contract_and_no_items() {
        Brewery lantern = fixture.brewery("Lantern Brewery");
        String client = fixture.client(lantern, "Lantern Taproom", json("awrsNumber", "XAW000000123"));

        Response created = server.post("/orders", lantern.token(), json("teamId", lantern.teamId(), "clientId", client,
                "issueDate", "2025-01-25", "dueDate", "2025-02-08", "notes", "  Leave with cellar team  "));

        JsonNode body = ok(created, 201);
        assertThat(fieldNames(body)).containsExactly("order", "items");
        assertThat(body.get("items").isEmpty()).isTrue();
        JsonNode order = body.get("order");
        assertThat(fieldNames(order)).containsExactlyElementsOf(ORDER_FIELDS);
        assertThat(order.get("teamId").asText()).isEqualTo(lantern.teamId());
        assertThat(order.get("clientId").asText()).isEqualTo(client);
        assertThat(order.get("clientName").asText()).isEqualTo("Lantern Taproom");
        assertThat(order.get("number").asText()).isEqualTo("ORD-00001");
        assertThat(order.get("status").asText()).isEqualTo("draft");
        assertThat(order.get("dispatchStatus").asText()).isEqualTo("pending");
        assertThat(order.get("issueDate").asText()).isEqualTo("2025-01-25");
        assertThat(order.get("dueDate").asText()).isEqualTo("2025-02-08");
        for (String field : List.of("groupId", "group", "groupClaimStatus", "groupClaimTeamId", "groupClaimTeamName",
                "groupEarliestDeliveryAt", "groupLatestDeliveryAt"))
            assertThat(order.get(field).isNull()).as(field).isTrue();
        for (String field : List.of("subtotalMinor", "taxTotalMinor", "totalMinor", "totalPaidMinor", "remainingMinor"))
            assertThat(order.get(field).asLong()).as(field).isZero();
        assertThat(order.get("currencySymbol").asText()).isEqualTo("£");
        assertThat(order.get("dutySuspense").asBoolean()).isFalse();
        assertThat(order.get("awrsNumber").asText()).isEqualTo("XAW000000123");
        assertThat(order.get("clientAwrsNumber").asText()).isEqualTo("XAW000000123");
        assertThat(order.get("shipping")).isEqualTo(parse("{\"mode\":\"auto\",\"ruleId\":null,\"ruleName\":null,\"amountMinor\":0,\"notes\":null}"));
        assertThat(order.get("payments")).isEqualTo(parse("{\"summary\":{\"totalPaymentsMinor\":0,\"totalRefundsMinor\":0,"
                + "\"netPaidMinor\":0,\"runningBalanceMinor\":0,\"remainingMinor\":0},\"items\":[]}"));
        assertThat(order.get("deposits")).isEqualTo(parse("{\"balanceMinor\":0,\"creditMinor\":0,\"liabilityMinor\":0,\"transactions\":[]}"));
        assertThat(order.get("notes").asText()).isEqualTo("Leave with cellar team");
        assertThat(order.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(order.get("updatedAt").asText()).matches(TIMESTAMP);
        assertThat(order.get("flags")).isEqualTo(parse("{\"due\":false,\"paid\":true,\"partial\":false,\"refunded\":false}"));

        Response read = server.get("/orders/" + order.get("id").asText(), lantern.token());
        assertThat(ok(read, 200)).isEqualTo(body);
    }

    @Test
    void absent_dates_default_to_today_and_the_team_payment_terms() {
        Brewery brewery = fixture.brewery("Terms Brewery");
        String client = fixture.client(brewery, "Terms Bar");

        JsonNode order = fixture.order(brewery, client);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(order.get("issueDate").asText()).isEqualTo(today.toString());
        assertThat(order.get("dueDate").asText()).isEqualTo(today.plusDays(30).toString());
        JsonNode undated = fixture.order(brewery, client, json("issueDate", null, "dueDate", null));
        assertThat(undated.get("issueDate").isNull()).isTrue();
        assertThat(undated.get("dueDate").isNull()).isTrue();
    }

    @Test
    void order_numbers_are_sequential_per_team() {
        Brewery first = fixture.brewery("First Brewery");
        Brewery second = fixture.brewery("Second Brewery");
        String firstClient = fixture.client(first, "Bar One");
        String secondClient = fixture.client(second, "Bar Two");

        assertThat(fixture.order(first, firstClient).get("number").asText()).isEqualTo("ORD-00001");
        assertThat(fixture.order(first, firstClient).get("number").asText()).isEqualTo("ORD-00002");
        assertThat(fixture.order(second, secondClient).get("number").asText()).isEqualTo("ORD-00001");
        assertThat(fixture.order(first, firstClient).get("number").asText()).isEqualTo("ORD-00003");
    }

    @Test
    void ten_concurrent_creations_get_ten_distinct_gap_free_numbers() throws Exception {
        Brewery brewery = fixture.brewery("Busy Brewery");
        String client = fixture.client(brewery, "Busy Bar");
        List<Future<Response>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++)
                results.add(pool.submit(() -> server.post("/orders", brewery.token(),
                        json("teamId", brewery.teamId(), "clientId", client))));
        }

        Set<String> numbers = new HashSet<>();
        for (Future<Response> result : results) numbers.add(ok(result.get(), 201).get("order").get("number").asText());
        Set<String> expected = new HashSet<>();
        for (int n = 1; n <= 10; n++) expected.add(String.format("ORD-%05d", n));
        assertThat(numbers).isEqualTo(expected);
    }

    @Test
    void a_team_with_obscure_numbers_gets_dated_random_codes() {
        Brewery brewery = fixture.brewery("Secret Brewery");
        String client = fixture.client(brewery, "Secret Bar");
        fixture.obscureOrderNumbers(brewery);

        String first = fixture.order(brewery, client).get("number").asText();
        String second = fixture.order(brewery, client).get("number").asText();

        String today = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneOffset.UTC));
        assertThat(first).matches("ORD-" + today + "-[0-9A-Z]{4}");
        assertThat(second).matches("ORD-" + today + "-[0-9A-Z]{4}").isNotEqualTo(first);
    }

    @Test
    void an_omitted_awrs_number_snapshots_the_client_null_leaves_it_empty_and_a_bad_one_is_refused() {
        Brewery brewery = fixture.brewery("Awrs Brewery");
        String client = fixture.client(brewery, "Awrs Bar", json("awrsNumber", "xaw 111"));

        JsonNode omitted = fixture.order(brewery, client);
        assertThat(omitted.get("awrsNumber").asText()).isEqualTo("XAW 111");
        JsonNode cleared = fixture.order(brewery, client, json("awrsNumber", null));
        assertThat(cleared.get("awrsNumber").isNull()).isTrue();
        assertThat(cleared.get("clientAwrsNumber").asText()).isEqualTo("XAW 111");
        JsonNode own = fixture.order(brewery, client, json("awrsNumber", "XAW-999"));
        assertThat(own.get("awrsNumber").asText()).isEqualTo("XAW-999");
        refusedNaming(server.post("/orders", brewery.token(),
                json("teamId", brewery.teamId(), "clientId", client, "awrsNumber", "not valid!")), "awrsNumber");
        refusedNaming(server.post("/orders", brewery.token(),
                json("teamId", brewery.teamId(), "clientId", client, "awrsNumber", "X".repeat(33))), "awrsNumber");

        String plainClient = fixture.client(brewery, "Plain Bar");
        JsonNode none = fixture.order(brewery, plainClient);
        assertThat(none.get("awrsNumber").isNull()).isTrue();
        assertThat(none.get("clientAwrsNumber").isNull()).isTrue();
    }

    @Test
    void client_awrs_number_mirrors_the_clients_current_value_while_the_order_keeps_its_snapshot() {
        Brewery brewery = fixture.brewery("Mirror Brewery");
        String client = fixture.client(brewery, "Mirror Bar", json("awrsNumber", "XAW000000123"));
        String orderId = fixture.order(brewery, client).get("id").asText();

        ok(server.patch("/clients/" + client, brewery.token(), json("awrsNumber", "XAW000000999")), 200);

        JsonNode order = ok(server.get("/orders/" + orderId, brewery.token()), 200).get("order");
        assertThat(order.get("awrsNumber").asText()).isEqualTo("XAW000000123");
        assertThat(order.get("clientAwrsNumber").asText()).isEqualTo("XAW000000999");
        JsonNode row = ok(server.get("/orders?teamId=" + brewery.teamId(), brewery.token()), 200).get("results").get(0);
        assertThat(row.get("clientAwrsNumber").asText()).isEqualTo("XAW000000999");
    }

    @Test
    void creation_refuses_bad_fields_naming_them() {
        Brewery brewery = fixture.brewery("Picky Brewery");
        String client = fixture.client(brewery, "Picky Bar");
        String team = brewery.teamId();

        refusedNaming(server.post("/orders", brewery.token(), json("clientId", client)), "teamId");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team)), "clientId");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", "nope")), "clientId");
        refused(server.post("/orders", brewery.token(), json("teamId", team, "clientId", MISSING)), 400, "clientId: Client not found");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", client, "status", "open")), "status");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", client, "issueDate", "25/01/2025")), "issueDate");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", client, "dutySuspense", "yes")), "dutySuspense");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", client,
                "issueDate", "2025-02-08", "dueDate", "2025-01-25")), "dueDate");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", client,
                "shipping", json("mode", "express"))), "shipping.mode");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", client,
                "shipping", json("mode", "manual"))), "shipping.amountMinor");
        refusedNaming(server.post("/orders", brewery.token(), json("teamId", team, "clientId", client,
                "groupEarliestDeliveryAt", "tomorrow")), "groupEarliestDeliveryAt");
        refused(server.send("POST", "/orders", brewery.token(), "{not json"), 400, "invalid JSON body");
        refused(server.post("/orders", brewery.token(), json("teamId", MISSING, "clientId", client)), 404, "Team not found");
    }

    @Test
    void a_client_of_another_team_cannot_be_ordered_for() {
        Brewery mine = fixture.brewery("Mine Brewery");
        Brewery theirs = fixture.brewery("Theirs Brewery");
        String theirClient = fixture.client(theirs, "Their Bar");

        refused(server.post("/orders", mine.token(), json("teamId", mine.teamId(), "clientId", theirClient)), 400, "clientId: Client not found");
    }

    @Test
    void patch_changes_only_the_given_fields_and_null_clears() {
        Brewery brewery = fixture.brewery("Patch Brewery");
        String client = fixture.client(brewery, "Patch Bar", json("awrsNumber", "XAW1"));
        JsonNode created = fixture.order(brewery, client, json("issueDate", "2025-01-25", "dueDate", "2025-02-08", "notes", "first"));
        String id = created.get("id").asText();

        JsonNode changed = ok(server.patch("/orders/" + id, brewery.token(), json("status", "confirmed",
                "dutySuspense", true, "notes", "   ", "awrsNumber", null)), 200);

        assertThat(fieldNames(changed)).containsExactly("order", "items");
        JsonNode order = changed.get("order");
        assertThat(fieldNames(order)).containsExactlyElementsOf(ORDER_FIELDS);
        assertThat(order.get("status").asText()).isEqualTo("confirmed");
        assertThat(order.get("dutySuspense").asBoolean()).isTrue();
        assertThat(order.get("notes").isNull()).isTrue();
        assertThat(order.get("awrsNumber").isNull()).isTrue();
        assertThat(order.get("clientAwrsNumber").asText()).isEqualTo("XAW1");
        assertThat(order.get("issueDate").asText()).isEqualTo("2025-01-25");
        assertThat(order.get("dueDate").asText()).isEqualTo("2025-02-08");
        assertThat(order.get("number")).isEqualTo(created.get("number"));

        JsonNode dated = ok(server.patch("/orders/" + id, brewery.token(), json("dueDate", null, "awrsNumber", "XAW 2")), 200).get("order");
        assertThat(dated.get("dueDate").isNull()).isTrue();
        assertThat(dated.get("awrsNumber").asText()).isEqualTo("XAW 2");
        assertThat(dated.get("status").asText()).isEqualTo("confirmed");
    }

    @Test
    void patch_refuses_a_due_date_before_the_issue_date_an_empty_body_and_bad_fields() {
        Brewery brewery = fixture.brewery("Strict Brewery");
        String client = fixture.client(brewery, "Strict Bar");
        String id = fixture.order(brewery, client, json("issueDate", "2025-01-25", "dueDate", "2025-02-08")).get("id").asText();

        refused(server.patch("/orders/" + id, brewery.token(), json("dueDate", "2025-01-24")), 400, "dueDate must be on or after issueDate");
        refused(server.patch("/orders/" + id, brewery.token(), json("issueDate", "2025-03-01")), 400, "dueDate must be on or after issueDate");
        refused(server.patch("/orders/" + id, brewery.token(), json()), 400, "at least one field is required");
        refused(server.patch("/orders/" + id, brewery.token(), json("unknown", 1)), 400, "at least one field is required");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("status", "shipped")), "status");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("status", null)), "status");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("notes", "x".repeat(5001))), "notes");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("awrsNumber", "lower case")), "awrsNumber");
        refusedNaming(server.patch("/orders/" + id, brewery.token(), json("dutySuspense", null)), "dutySuspense");

        JsonNode unchanged = ok(server.get("/orders/" + id, brewery.token()), 200).get("order");
        assertThat(unchanged.get("dueDate").asText()).isEqualTo("2025-02-08");
        assertThat(unchanged.get("status").asText()).isEqualTo("draft");
    }

    @Test
    void dispatch_status_changes_through_its_own_route() {
        Brewery brewery = fixture.brewery("Dispatch Brewery");
        String client = fixture.client(brewery, "Dispatch Bar");
        String id = fixture.order(brewery, client).get("id").asText();

        JsonNode body = ok(server.patch("/orders/" + id + "/dispatch", brewery.token(), json("dispatchStatus", "in_transit")), 200);

        assertThat(fieldNames(body)).containsExactly("order", "items");
        assertThat(body.get("order").get("dispatchStatus").asText()).isEqualTo("in_transit");
        assertThat(ok(server.get("/orders/" + id, brewery.token()), 200).get("order").get("dispatchStatus").asText()).isEqualTo("in_transit");
        refused(server.patch("/orders/" + id + "/dispatch", brewery.token(), json("dispatchStatus", "lost")), 400,
                "dispatchStatus must be one of pending, packed, dispatched, in_transit, delivered");
        refused(server.patch("/orders/" + id + "/dispatch", brewery.token(), json()), 400, "dispatchStatus is required");
        refused(server.patch("/orders/" + MISSING + "/dispatch", brewery.token(), json("dispatchStatus", "packed")), 404, "Order not found");
    }

    @Test
    void an_unknown_or_malformed_order_id_is_404() {
        Brewery brewery = fixture.brewery("Lost Brewery");

        refused(server.get("/orders/" + MISSING, brewery.token()), 404, "Order not found");
        refused(server.get("/orders/not-an-id", brewery.token()), 404, "Order not found");
        refused(server.patch("/orders/" + MISSING, brewery.token(), json("notes", "x")), 404, "Order not found");
        refused(server.patch("/orders/12345", brewery.token(), json("notes", "x")), 404, "Order not found");
    }

    @Test
    void every_order_route_needs_a_token() {
        Brewery brewery = fixture.brewery("Guarded Brewery");
        String client = fixture.client(brewery, "Guarded Bar");
        String id = fixture.order(brewery, client).get("id").asText();

        refused(server.post("/orders", null, json("teamId", brewery.teamId(), "clientId", client)), 401, "unauthorized");
        refused(server.get("/orders/" + id, null), 401, "unauthorized");
        refused(server.get("/orders/" + id, "not-a-token"), 401, "unauthorized");
        refused(server.patch("/orders/" + id, null, json("notes", "x")), 401, "unauthorized");
        refused(server.patch("/orders/" + id + "/dispatch", null, json("dispatchStatus", "packed")), 401, "unauthorized");
        refused(server.post("/orders/" + id + "/items", null, json("kind", "custom")), 401, "unauthorized");
        refused(server.get("/orders?teamId=" + brewery.teamId(), null), 401, "unauthorized");
        refused(server.get("/orders/summary?teamId=" + brewery.teamId(), null), 401, "unauthorized");
        refused(server.get("/group-orders?teamId=" + brewery.teamId() + "&groupId=" + MISSING, null), 401, "unauthorized");
    }

    @Test
    void a_member_of_another_team_gets_403_on_the_order_and_changes_nothing() {
        Brewery owner = fixture.brewery("Owner Brewery");
        Brewery other = fixture.brewery("Other Brewery");
        String client = fixture.client(owner, "Owner Bar");
        JsonNode added = fixture.customItem(owner, fixture.order(owner, client).get("id").asText(), 1000, 1);
        String id = added.get("order").get("id").asText();
        String itemId = added.get("item").get("id").asText();

        refused(server.get("/orders/" + id, other.token()), 403, "forbidden");
        refused(server.patch("/orders/" + id, other.token(), json("notes", "mine now")), 403, "forbidden");
        refused(server.patch("/orders/" + id + "/dispatch", other.token(), json("dispatchStatus", "delivered")), 403, "forbidden");
        refused(server.post("/orders/" + id + "/items", other.token(), json("kind", "custom", "description", "Fee",
                "quantity", 1, "unitPriceMinor", 100)), 403, "forbidden");
        refused(server.patch("/orders/" + id + "/items/" + itemId, other.token(), json("quantity", 5)), 403, "forbidden");
        refused(server.delete("/orders/" + id + "/items/" + itemId, other.token()), 403, "forbidden");
        refused(server.post("/orders", other.token(), json("teamId", owner.teamId(), "clientId", client)), 403, "forbidden");

        JsonNode order = ok(server.get("/orders/" + id, owner.token()), 200);
        assertThat(order.get("order").get("notes").isNull()).isTrue();
        assertThat(order.get("order").get("dispatchStatus").asText()).isEqualTo("pending");
        assertThat(order.get("items")).hasSize(1);
        assertThat(order.get("items").get(0).get("quantity").asInt()).isEqualTo(1);
    }

    @Test
    void a_plain_member_of_the_team_may_work_on_its_orders() {
        Brewery brewery = fixture.brewery("Crew Brewery");
        String client = fixture.client(brewery, "Crew Bar");
        String member = fixture.memberOf(brewery, "member");

        JsonNode created = ok(server.post("/orders", member, json("teamId", brewery.teamId(), "clientId", client)), 201);
        String id = created.get("order").get("id").asText();
        ok(server.patch("/orders/" + id + "/dispatch", member, json("dispatchStatus", "packed")), 200);
        ok(server.get("/orders/" + id, member), 200);
    }

    // --- group linkage

    @Test
    void an_order_links_to_a_group_its_team_belongs_to_with_claim_and_delivery_window() {
        Brewery hub = fixture.brewery("Hub Brewery");
        Brewery partner = fixture.brewery("Partner Brewery");
        String group = fixture.group(hub, "Southwest Brewers " + hub.teamId().substring(0, 6));
        fixture.join(group, hub, partner);
        String client = fixture.client(hub, "Hub Bar");

        JsonNode unclaimed = fixture.order(hub, client, json("groupId", group));
        assertThat(unclaimed.get("groupId").asText()).isEqualTo(group);
        JsonNode summary = unclaimed.get("group");
        assertThat(fieldNames(summary)).containsExactly("id", "slug", "name", "status", "shopVisible", "regionLabel");
        assertThat(summary.get("id").asText()).isEqualTo(group);
        assertThat(summary.get("slug").asText()).startsWith("southwest-brewers");
        assertThat(summary.get("status").asText()).isEqualTo("active");
        assertThat(summary.get("shopVisible").asBoolean()).isFalse();
        assertThat(summary.get("regionLabel").asText()).isEqualTo("Bristol & Somerset");
        assertThat(unclaimed.get("groupClaimStatus").asText()).isEqualTo("unclaimed");
        assertThat(unclaimed.get("groupClaimTeamId").isNull()).isTrue();

        JsonNode claimed = fixture.order(hub, client, json("groupId", group, "groupClaimTeamId", partner.teamId(),
                "groupClaimStatus", "collating", "groupEarliestDeliveryAt", "2025-03-10T09:00:00.000Z",
                "groupLatestDeliveryAt", "2025-03-13T18:00:00+01:00"));
        assertThat(claimed.get("groupClaimStatus").asText()).isEqualTo("collating");
        assertThat(claimed.get("groupClaimTeamId").asText()).isEqualTo(partner.teamId());
        assertThat(claimed.get("groupClaimTeamName").asText()).isEqualTo("Partner Brewery");
        assertThat(claimed.get("groupEarliestDeliveryAt").asText()).isEqualTo("2025-03-10T09:00:00.000Z");
        assertThat(claimed.get("groupLatestDeliveryAt").asText()).isEqualTo("2025-03-13T17:00:00.000Z");
    }

    @Test
    void group_linkage_is_refused_unless_the_teams_are_active_members_and_the_claim_and_window_are_consistent() {
        Brewery hub = fixture.brewery("Rules Hub");
        Brewery partner = fixture.brewery("Rules Partner");
        Brewery outsider = fixture.brewery("Rules Outsider");
        String group = fixture.group(hub, "Rules Group " + hub.teamId().substring(0, 6));
        fixture.join(group, hub, partner);
        String hubClient = fixture.client(hub, "Hub Bar");
        String outsiderClient = fixture.client(outsider, "Outsider Bar");

        refused(server.post("/orders", outsider.token(), json("teamId", outsider.teamId(), "clientId", outsiderClient,
                "groupId", group)), 400, "groupId: The order's team must be an active member of the group");
        refused(server.post("/orders", hub.token(), json("teamId", hub.teamId(), "clientId", hubClient, "groupId", group,
                "groupClaimTeamId", outsider.teamId(), "groupClaimStatus", "claimed")), 400,
                "groupClaimTeamId: The claim team must be an active member of the group");
        refused(server.post("/orders", hub.token(), json("teamId", hub.teamId(), "clientId", hubClient, "groupId", group,
                "groupClaimStatus", "collating")), 400, "groupClaimStatus collating requires groupClaimTeamId");
        refusedNaming(server.post("/orders", hub.token(), json("teamId", hub.teamId(), "clientId", hubClient, "groupId", group,
                "groupClaimTeamId", partner.teamId())), "groupClaimTeamId");
        refused(server.post("/orders", hub.token(), json("teamId", hub.teamId(), "clientId", hubClient, "groupId", group,
                "groupEarliestDeliveryAt", "2025-03-13T09:00:00Z", "groupLatestDeliveryAt", "2025-03-10T09:00:00Z")), 400,
                "groupLatestDeliveryAt must not be before groupEarliestDeliveryAt");
        refused(server.post("/orders", hub.token(), json("teamId", hub.teamId(), "clientId", hubClient, "groupId", MISSING)),
                400, "groupId: Group not found");
        refusedNaming(server.post("/orders", hub.token(), json("teamId", hub.teamId(), "clientId", hubClient,
                "groupId", group, "groupClaimStatus", "lost")), "groupClaimStatus");

        JsonNode ignored = fixture.order(hub, hubClient, json("groupId", null, "groupClaimStatus", "collating"));
        assertThat(ignored.get("groupId").isNull()).isTrue();
        assertThat(ignored.get("groupClaimStatus").isNull()).isTrue();
    }

    @Test
    void patching_the_group_link_checks_membership_and_a_null_group_clears_claim_and_window() {
        Brewery hub = fixture.brewery("Link Hub");
        Brewery partner = fixture.brewery("Link Partner");
        Brewery outsider = fixture.brewery("Link Outsider");
        String group = fixture.group(hub, "Link Group " + hub.teamId().substring(0, 6));
        fixture.join(group, hub, partner);
        String client = fixture.client(hub, "Link Bar");
        String id = fixture.order(hub, client).get("id").asText();

        refused(server.patch("/orders/" + id, hub.token(), json("groupClaimStatus", "claimed")), 400, "groupClaimStatus requires groupId");
        JsonNode linked = ok(server.patch("/orders/" + id, hub.token(), json("groupId", group, "groupClaimTeamId", partner.teamId(),
                "groupClaimStatus", "claimed", "groupEarliestDeliveryAt", "2025-03-10T09:00:00Z")), 200).get("order");
        assertThat(linked.get("groupId").asText()).isEqualTo(group);
        assertThat(linked.get("groupClaimTeamName").asText()).isEqualTo("Link Partner");
        refused(server.patch("/orders/" + id, hub.token(), json("groupClaimTeamId", outsider.teamId())), 400,
                "groupClaimTeamId: The claim team must be an active member of the group");
        refused(server.patch("/orders/" + id, hub.token(), json("groupLatestDeliveryAt", "2025-03-09T09:00:00Z")), 400,
                "groupLatestDeliveryAt must not be before groupEarliestDeliveryAt");
        JsonNode windowed = ok(server.patch("/orders/" + id, hub.token(), json("groupLatestDeliveryAt", "2025-03-12T09:00:00Z")), 200).get("order");
        assertThat(windowed.get("groupClaimStatus").asText()).isEqualTo("claimed");
        assertThat(windowed.get("groupLatestDeliveryAt").asText()).isEqualTo("2025-03-12T09:00:00.000Z");

        JsonNode unlinked = ok(server.patch("/orders/" + id, hub.token(), json("groupId", null)), 200).get("order");

        for (String field : List.of("groupId", "group", "groupClaimStatus", "groupClaimTeamId", "groupClaimTeamName",
                "groupEarliestDeliveryAt", "groupLatestDeliveryAt"))
            assertThat(unlinked.get(field).isNull()).as(field).isTrue();
        JsonNode relinked = ok(server.patch("/orders/" + id, hub.token(), json("groupId", group)), 200).get("order");
        assertThat(relinked.get("groupClaimStatus").asText()).isEqualTo("unclaimed");
        assertThat(relinked.get("groupEarliestDeliveryAt").isNull()).isTrue();
    }

    // ---

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode parse(String json) {
        return new TestServer.Response(200, null, json).json();
    }
}
