package com.brewski.bootstrap.orders;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.orders.TradeFixture.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.brewski.bootstrap.orders.OrderRoutesTest.fieldNames;
import static com.brewski.bootstrap.orders.OrderRoutesTest.parse;
import static com.brewski.bootstrap.orders.TradeFixture.json;
import static com.brewski.bootstrap.orders.TradeFixture.ok;
import static com.brewski.bootstrap.orders.TradeFixture.refused;
import static com.brewski.bootstrap.orders.TradeFixture.refusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /orders}, {@code GET /orders/summary} and {@code GET /group-orders} over real HTTP. */
@ExtendWith(SharedServer.class)
class OrderListRoutesTest {
    private static final List<String> PAGE_FIELDS = List.of("teamId", "page", "pageSize", "total", "pages", "sort",
            "direction", "state", "status", "dispatchStatus", "groupId", "groupClaimStatus", "results");
    private static final List<String> ROW_FIELDS = List.of("id", "teamId", "number", "status", "dispatchStatus",
            "issueDate", "dueDate", "subtotalMinor", "taxTotalMinor", "totalMinor", "totalPaidMinor", "remainingMinor",
            "currencySymbol", "dutySuspense", "awrsNumber", "clientAwrsNumber", "createdAt", "updatedAt", "clientId",
            "clientName", "groupId", "group", "groupClaimStatus", "groupClaimTeamId", "groupClaimTeamName",
            "groupEarliestDeliveryAt", "groupLatestDeliveryAt", "flags", "payments", "deposits");
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";

    private static TestServer server;
    private static TradeFixture fixture;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        fixture = new TradeFixture(server);
    }

    /**
     * A brewery with five orders in every state: a draft with nothing on it (paid), a confirmed order
     * past its due date with something owed (due), a confirmed one not yet due, a cancelled one, and a
     * confirmed one past due with a zero total (paid, not due).
     */
    private record Book(Brewery brewery, String draftPaid, String due, String notYetDue, String cancelled, String zeroPastDue) {}

    private Book book(String name) {
        Brewery brewery = fixture.brewery(name);
        String client = fixture.client(brewery, name + " Bar");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String draftPaid = fixture.order(brewery, client, json("issueDate", "2025-01-10", "dueDate", "2025-01-20")).get("id").asText();
        String due = fixture.order(brewery, client, json("status", "confirmed", "issueDate", "2025-03-10", "dueDate", "2025-03-20")).get("id").asText();
        fixture.customItem(brewery, due, 1000, 1);
        String notYetDue = fixture.order(brewery, client, json("status", "confirmed", "issueDate", "2025-02-10",
                "dueDate", today.plusDays(10).toString())).get("id").asText();
        fixture.customItem(brewery, notYetDue, 500, 1);
        String cancelled = fixture.order(brewery, client, json("issueDate", "2025-04-10", "dueDate", "2025-04-20")).get("id").asText();
        fixture.customItem(brewery, cancelled, 700, 1);
        ok(server.patch("/orders/" + cancelled, brewery.token(), json("status", "cancelled")), 200);
        String zeroPastDue = fixture.order(brewery, client, json("status", "confirmed", "issueDate", "2025-05-10",
                "dueDate", "2025-05-20")).get("id").asText();
        return new Book(brewery, draftPaid, due, notYetDue, cancelled, zeroPastDue);
    }

    private JsonNode list(Brewery brewery, String query) {
        return ok(server.get("/orders?teamId=" + brewery.teamId() + query, brewery.token()), 200);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("results").forEach(row -> ids.add(row.get("id").asText()));
        return ids;
    }

    @Test
    void the_list_answers_a_page_of_header_rows_with_payment_and_deposit_summaries() {
        Book book = book("Rows Brewery");

        JsonNode page = list(book.brewery(), "");

        assertThat(fieldNames(page)).containsExactlyElementsOf(PAGE_FIELDS);
        assertThat(page.get("teamId").asText()).isEqualTo(book.brewery().teamId());
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("pageSize").asInt()).isEqualTo(25);
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("pages").asInt()).isEqualTo(1);
        assertThat(page.get("sort").asText()).isEqualTo("issueDate");
        assertThat(page.get("direction").asText()).isEqualTo("desc");
        for (String filter : List.of("state", "status", "dispatchStatus", "groupId", "groupClaimStatus"))
            assertThat(page.get(filter).isNull()).as(filter).isTrue();
        JsonNode row = page.get("results").get(3); // issue dates descending: May, Apr, Mar, Feb, Jan
        assertThat(row.get("id").asText()).isEqualTo(book.notYetDue());
        assertThat(fieldNames(row)).containsExactlyElementsOf(ROW_FIELDS);
        assertThat(row.get("number").asText()).isEqualTo("ORD-00003");
        assertThat(row.get("clientName").asText()).isEqualTo("Rows Brewery Bar");
        assertThat(row.get("totalMinor").asLong()).isEqualTo(500);
        assertThat(row.get("remainingMinor").asLong()).isEqualTo(500);
        assertThat(row.get("payments")).isEqualTo(parse("{\"summary\":{\"totalPaymentsMinor\":0,\"totalRefundsMinor\":0,"
                + "\"netPaidMinor\":0,\"remainingMinor\":500}}"));
        assertThat(row.get("deposits")).isEqualTo(parse("{\"balanceMinor\":0,\"creditMinor\":0,\"liabilityMinor\":0}"));
        assertThat(row.get("flags")).isEqualTo(parse("{\"due\":false,\"paid\":false,\"partial\":false,\"refunded\":false}"));
        assertThat(row.get("group").isNull()).isTrue();

        JsonNode full = ok(server.get("/orders/" + book.notYetDue(), book.brewery().token()), 200).get("order");
        for (String field : ROW_FIELDS)
            if (!field.equals("payments") && !field.equals("deposits"))
                assertThat(row.get(field)).as(field).isEqualTo(full.get(field));
    }

    @Test
    void state_due_is_confirmed_past_due_and_owing_and_paid_is_nothing_remaining_whatever_the_status() {
        Book book = book("State Brewery");

        assertThat(ids(list(book.brewery(), "&state=due"))).containsExactly(book.due());
        assertThat(ids(list(book.brewery(), "&state=paid"))).containsExactlyInAnyOrder(book.draftPaid(), book.zeroPastDue());
        assertThat(ids(list(book.brewery(), "&state=draft"))).containsExactly(book.draftPaid());
        assertThat(ids(list(book.brewery(), "&state=confirmed"))).containsExactlyInAnyOrder(book.due(), book.notYetDue(), book.zeroPastDue());
        assertThat(ids(list(book.brewery(), "&state=cancelled"))).containsExactly(book.cancelled());
        assertThat(ids(list(book.brewery(), "&status=confirmed&state=due"))).containsExactly(book.due());
        JsonNode page = list(book.brewery(), "&state=due&status=confirmed");
        assertThat(page.get("state").asText()).isEqualTo("due");
        assertThat(page.get("status").asText()).isEqualTo("confirmed");

        JsonNode due = ok(server.get("/orders/" + book.due(), book.brewery().token()), 200).get("order").get("flags");
        assertThat(due).isEqualTo(parse("{\"due\":true,\"paid\":false,\"partial\":false,\"refunded\":false}"));
        JsonNode zero = ok(server.get("/orders/" + book.zeroPastDue(), book.brewery().token()), 200).get("order").get("flags");
        assertThat(zero.get("due").asBoolean()).isFalse();
        assertThat(zero.get("paid").asBoolean()).isTrue();
    }

    @Test
    void the_summary_counts_every_state_for_the_team() {
        Book book = book("Summary Brewery");

        JsonNode summary = ok(server.get("/orders/summary?teamId=" + book.brewery().teamId(), book.brewery().token()), 200);

        assertThat(summary).isEqualTo(parse("{\"teamId\":\"" + book.brewery().teamId() + "\",\"summary\":"
                + "{\"all\":5,\"due\":1,\"draft\":1,\"confirmed\":3,\"cancelled\":1,\"paid\":2}}"));
        Brewery empty = fixture.brewery("Empty Brewery");
        assertThat(ok(server.get("/orders/summary?teamId=" + empty.teamId(), empty.token()), 200).get("summary"))
                .isEqualTo(parse("{\"all\":0,\"due\":0,\"draft\":0,\"confirmed\":0,\"cancelled\":0,\"paid\":0}"));
        refusedNaming(server.get("/orders/summary", book.brewery().token()), "teamId");
        refusedNaming(server.get("/orders/summary?teamId=abc", book.brewery().token()), "teamId");
        refused(server.get("/orders/summary?teamId=" + MISSING, book.brewery().token()), 404, "Team not found");
        refused(server.get("/orders/summary?teamId=" + book.brewery().teamId(), empty.token()), 403, "forbidden");
    }

    @Test
    void filters_by_status_dispatch_status_group_and_claim_status() {
        Book book = book("Filter Brewery");
        Brewery brewery = book.brewery();
        ok(server.patch("/orders/" + book.due() + "/dispatch", brewery.token(), json("dispatchStatus", "dispatched")), 200);
        Brewery partner = fixture.brewery("Filter Partner");
        String group = fixture.group(brewery, "Filter Group " + brewery.teamId().substring(0, 6));
        fixture.join(group, brewery, partner);
        ok(server.patch("/orders/" + book.notYetDue(), brewery.token(), json("groupId", group)), 200);
        ok(server.patch("/orders/" + book.zeroPastDue(), brewery.token(), json("groupId", group,
                "groupClaimTeamId", partner.teamId(), "groupClaimStatus", "collating")), 200);

        assertThat(ids(list(brewery, "&status=draft"))).containsExactly(book.draftPaid());
        assertThat(ids(list(brewery, "&dispatchStatus=dispatched"))).containsExactly(book.due());
        assertThat(ids(list(brewery, "&groupId=" + group))).containsExactlyInAnyOrder(book.notYetDue(), book.zeroPastDue());
        JsonNode claimed = list(brewery, "&groupId=" + group + "&groupClaimStatus=collating");
        assertThat(ids(claimed)).containsExactly(book.zeroPastDue());
        assertThat(claimed.get("groupId").asText()).isEqualTo(group);
        assertThat(claimed.get("groupClaimStatus").asText()).isEqualTo("collating");
        JsonNode row = claimed.get("results").get(0);
        assertThat(row.get("group").get("id").asText()).isEqualTo(group);
        assertThat(row.get("groupClaimTeamName").asText()).isEqualTo("Filter Partner");
        assertThat(ids(list(brewery, "&groupId=" + MISSING))).isEmpty();
    }

    @Test
    void sort_and_direction_order_the_rows() {
        Book book = book("Sort Brewery");
        Brewery brewery = book.brewery();

        assertThat(ids(list(brewery, ""))).containsExactly(book.zeroPastDue(), book.cancelled(), book.due(), book.notYetDue(), book.draftPaid());
        assertThat(ids(list(brewery, "&direction=asc"))).containsExactly(book.draftPaid(), book.notYetDue(), book.due(), book.cancelled(), book.zeroPastDue());
        assertThat(ids(list(brewery, "&sort=dueDate&direction=asc")))
                .containsExactly(book.draftPaid(), book.due(), book.cancelled(), book.zeroPastDue(), book.notYetDue());
        JsonNode created = list(brewery, "&sort=createdAt&direction=asc");
        assertThat(ids(created)).containsExactly(book.draftPaid(), book.due(), book.notYetDue(), book.cancelled(), book.zeroPastDue());
        assertThat(created.get("sort").asText()).isEqualTo("createdAt");
        assertThat(created.get("direction").asText()).isEqualTo("asc");
        assertThat(ids(list(brewery, "&sort=createdAt"))).containsExactly(book.zeroPastDue(), book.cancelled(), book.notYetDue(), book.due(), book.draftPaid());
    }

    @Test
    void pages_split_the_rows_and_page_size_is_at_most_200() {
        Book book = book("Paging Brewery");
        Brewery brewery = book.brewery();

        JsonNode second = list(brewery, "&pageSize=2&page=2");
        assertThat(second.get("total").asInt()).isEqualTo(5);
        assertThat(second.get("pages").asInt()).isEqualTo(3);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("pageSize").asInt()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(book.due(), book.notYetDue());
        assertThat(ids(list(brewery, "&pageSize=2&page=3"))).containsExactly(book.draftPaid());
        assertThat(ids(list(brewery, "&pageSize=2&page=4"))).isEmpty();
        assertThat(list(brewery, "&pageSize=200").get("results")).hasSize(5);

        refused(server.get("/orders?teamId=" + brewery.teamId() + "&pageSize=201", brewery.token()), 400, "pageSize must be between 1 and 200");
        refusedNaming(server.get("/orders?teamId=" + brewery.teamId() + "&pageSize=0", brewery.token()), "pageSize");
        refusedNaming(server.get("/orders?teamId=" + brewery.teamId() + "&page=0", brewery.token()), "page");
        refusedNaming(server.get("/orders?teamId=" + brewery.teamId() + "&page=two", brewery.token()), "page");
    }

    @Test
    void bad_list_parameters_are_refused_naming_them() {
        Brewery brewery = fixture.brewery("Params Brewery");
        String base = "/orders?teamId=" + brewery.teamId();

        refusedNaming(server.get("/orders", brewery.token()), "teamId");
        refusedNaming(server.get("/orders?teamId=nope", brewery.token()), "teamId");
        refused(server.get(base + "&state=overdue", brewery.token()), 400, "state must be one of draft, confirmed, cancelled, due, paid");
        refused(server.get(base + "&status=paid", brewery.token()), 400, "status must be one of draft, confirmed, cancelled");
        refusedNaming(server.get(base + "&dispatchStatus=lost", brewery.token()), "dispatchStatus");
        refusedNaming(server.get(base + "&groupId=1234", brewery.token()), "groupId");
        refusedNaming(server.get(base + "&groupClaimStatus=taken", brewery.token()), "groupClaimStatus");
        refused(server.get(base + "&sort=number", brewery.token()), 400, "sort must be one of issueDate, dueDate, createdAt");
        refused(server.get(base + "&direction=up", brewery.token()), 400, "direction must be asc or desc");
        refused(server.get("/orders?teamId=" + MISSING, brewery.token()), 404, "Team not found");
    }

    @Test
    void a_team_never_sees_another_teams_orders() {
        Book book = book("Private Brewery");
        Brewery other = fixture.brewery("Nosy Brewery");
        String otherClient = fixture.client(other, "Nosy Bar");
        String otherOrder = fixture.order(other, otherClient).get("id").asText();

        refused(server.get("/orders?teamId=" + book.brewery().teamId(), other.token()), 403, "forbidden");
        refused(server.get("/orders?teamId=" + book.brewery().teamId() + "&state=due", other.token()), 403, "forbidden");
        assertThat(ids(list(other, ""))).containsExactly(otherOrder);
        assertThat(ids(list(book.brewery(), ""))).doesNotContain(otherOrder).hasSize(5);
    }

    // --- group orders

    @Test
    void group_orders_lists_the_orders_of_every_member_team_linked_to_the_group() {
        Brewery hub = fixture.brewery("Group Hub");
        Brewery partner = fixture.brewery("Group Partner");
        String group = fixture.group(hub, "Group Orders " + hub.teamId().substring(0, 6));
        fixture.join(group, hub, partner);
        String hubClient = fixture.client(hub, "Hub Bar");
        String partnerClient = fixture.client(partner, "Partner Bar");
        String hubOrder = fixture.order(hub, hubClient, json("groupId", group)).get("id").asText();
        fixture.order(hub, hubClient);
        String partnerOrder = fixture.order(partner, partnerClient, json("groupId", group, "groupClaimTeamId", hub.teamId(),
                "groupClaimStatus", "claimed")).get("id").asText();

        JsonNode page = ok(server.get("/group-orders?teamId=" + hub.teamId() + "&groupId=" + group, hub.token()), 200);

        assertThat(fieldNames(page)).containsExactlyElementsOf(PAGE_FIELDS);
        assertThat(page.get("teamId").asText()).isEqualTo(hub.teamId());
        assertThat(page.get("groupId").asText()).isEqualTo(group);
        assertThat(page.get("sort").asText()).isEqualTo("createdAt");
        assertThat(page.get("direction").asText()).isEqualTo("desc");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(ids(page)).containsExactly(partnerOrder, hubOrder);
        JsonNode partnerRow = page.get("results").get(0);
        assertThat(fieldNames(partnerRow)).containsExactlyElementsOf(ROW_FIELDS);
        assertThat(partnerRow.get("teamId").asText()).isEqualTo(partner.teamId());
        assertThat(partnerRow.get("clientName").asText()).isEqualTo("Partner Bar");
        assertThat(partnerRow.get("groupClaimTeamName").asText()).isEqualTo("Group Hub");

        assertThat(ids(ok(server.get("/group-orders?teamId=" + partner.teamId() + "&groupId=" + group + "&direction=asc",
                partner.token()), 200))).containsExactly(hubOrder, partnerOrder);
        JsonNode claimed = ok(server.get("/group-orders?teamId=" + hub.teamId() + "&groupId=" + group
                + "&groupClaimStatus=claimed", hub.token()), 200);
        assertThat(ids(claimed)).containsExactly(partnerOrder);
        assertThat(claimed.get("groupClaimStatus").asText()).isEqualTo("claimed");
        assertThat(ids(ok(server.get("/group-orders?teamId=" + hub.teamId() + "&groupId=" + group + "&search=partner%20BAR",
                hub.token()), 200))).containsExactly(partnerOrder);
        assertThat(ids(ok(server.get("/group-orders?teamId=" + hub.teamId() + "&groupId=" + group + "&search=ord-0000",
                hub.token()), 200))).containsExactly(partnerOrder, hubOrder);
        assertThat(ids(ok(server.get("/group-orders?teamId=" + hub.teamId() + "&groupId=" + group + "&search=nobody",
                hub.token()), 200))).isEmpty();
        JsonNode paged = ok(server.get("/group-orders?teamId=" + hub.teamId() + "&groupId=" + group + "&pageSize=1&page=2",
                hub.token()), 200);
        assertThat(ids(paged)).containsExactly(hubOrder);
        assertThat(paged.get("pages").asInt()).isEqualTo(2);
    }

    @Test
    void group_orders_refuses_outsiders_and_bad_parameters() {
        Brewery hub = fixture.brewery("Guard Hub");
        Brewery outsider = fixture.brewery("Guard Outsider");
        String group = fixture.group(hub, "Guarded Group " + hub.teamId().substring(0, 6));
        String base = "/group-orders?teamId=" + hub.teamId() + "&groupId=" + group;

        refused(server.get("/group-orders?teamId=" + outsider.teamId() + "&groupId=" + group, outsider.token()), 403,
                "Team is not an active member of this group");
        refused(server.get(base, outsider.token()), 403, "forbidden");
        refused(server.get("/group-orders?teamId=" + hub.teamId() + "&groupId=" + MISSING, hub.token()), 404, "Group not found");
        refused(server.get("/group-orders?teamId=" + hub.teamId(), hub.token()), 400, "groupId is required");
        refusedNaming(server.get("/group-orders?groupId=" + group, hub.token()), "teamId");
        refusedNaming(server.get(base + "&sort=total", hub.token()), "sort");
        refusedNaming(server.get(base + "&direction=sideways", hub.token()), "direction");
        refusedNaming(server.get(base + "&groupClaimStatus=mine", hub.token()), "groupClaimStatus");
        refusedNaming(server.get(base + "&pageSize=201", hub.token()), "pageSize");
        refused(server.get(base, null), 401, "unauthorized");
        assertThat(ok(server.get(base, hub.token()), 200).get("total").asInt()).isZero();
    }
}
