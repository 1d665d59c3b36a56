package com.brewski.bootstrap.documents;

import com.brewski.bootstrap.documents.Paperwork.Brewery;
import com.brewski.bootstrap.documents.Paperwork.Order;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static com.brewski.bootstrap.documents.Paperwork.json;
import static com.brewski.bootstrap.documents.Paperwork.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document Invalidation: every mutating order route deletes the order's invoice and delivery note —
 * rows and stored objects — before its change is applied; reads and refused requests keep them.
 */
class DocumentInvalidationTest {
    private static TestServer server;
    private static Paperwork paperwork;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        paperwork = new Paperwork(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An order of a brewery, with its invoice and delivery note generated. */
    private record Scenario(Brewery brewery, Order order, List<String> fileUrls) {}

    private static Scenario withDocuments(Brewery brewery, Order order) {
        String invoice = paperwork.invoice(brewery, order).get("fileUrl").asText();
        String note = paperwork.deliveryNote(brewery, order).get("fileUrl").asText();
        for (String url : List.of(invoice, note)) assertThat(paperwork.fetch(url, brewery.token()).status()).isEqualTo(200);
        return new Scenario(brewery, order, List.of(invoice, note));
    }

    private static Scenario withDocuments() {
        Brewery brewery = paperwork.brewery("Lantern Brewery");
        return withDocuments(brewery, paperwork.order(brewery));
    }

    private static void assertDocumentsGone(Scenario s) {
        assertThat(paperwork.documents(s.brewery().token(), s.order())).isEmpty();
        for (String url : s.fileUrls()) assertThat(paperwork.fetch(url, s.brewery().token()).status()).as(url).isEqualTo(404);
        for (String file : List.of("invoice.pdf", "delivery-note.pdf"))
            assertThat(Files.exists(server.dataDir().resolve("objects").resolve("documents/orders/" + s.brewery().teamId()
                    + "/" + s.order().id() + "/" + file))).as(file).isFalse();
    }

    private static void assertDocumentsKept(Scenario s) {
        JsonNode documents = paperwork.documents(s.brewery().token(), s.order());
        assertThat(documents).hasSize(2);
        for (JsonNode d : documents) assertThat(paperwork.fetch(d.get("fileUrl").asText(), s.brewery().token()).status()).isEqualTo(200);
    }

    private static String firstItemId(Scenario s) {
        return ok(server.get("/orders/" + s.order().id(), s.brewery().token()), 200).get("items").get(0).get("id").asText();
    }

    private static String container(Brewery brewery) {
        return ok(server.get("/containers?teamId=" + brewery.teamId(), brewery.token()), 200)
                .get("results").get(0).get("id").asText();
    }

    static Stream<Arguments> mutatingRoutes() {
        return Stream.of(
                route("PATCH /orders/:id (metadata)", 200, s -> server.patch("/orders/" + s.order().id(), s.brewery().token(),
                        json("notes", "Deliver before noon"))),
                route("PATCH /orders/:id/dispatch", 200, s -> server.patch("/orders/" + s.order().id() + "/dispatch",
                        s.brewery().token(), json("dispatchStatus", "dispatched"))),
                route("POST /orders/:id/items", 201, s -> server.post("/orders/" + s.order().id() + "/items", s.brewery().token(),
                        Paperwork.item("Pump clip", "Each", 1, 250, 20, null, null))),
                route("PATCH /orders/:id/items/:itemId", 200, s -> server.patch("/orders/" + s.order().id() + "/items/"
                        + firstItemId(s), s.brewery().token(), json("quantity", 3))),
                route("DELETE /orders/:id/items/:itemId", 200, s -> server.delete("/orders/" + s.order().id() + "/items/"
                        + firstItemId(s), s.brewery().token())),
                route("POST /orders/:id/payments (payment)", 201, s -> server.post("/orders/" + s.order().id() + "/payments",
                        s.brewery().token(), json("amountMinor", 2000, "paymentMethod", "card"))),
                route("POST /orders/:id/payments (refund)", 201, s -> server.post("/orders/" + s.order().id() + "/payments",
                        s.brewery().token(), json("amountMinor", 500, "kind", "refund", "paymentMethod", "cash"))),
                route("POST /orders/:id/payments (deposit credit)", 201, s -> {
                    ok(server.post("/returns", s.brewery().token(), json("teamId", s.brewery().teamId(),
                            "clientId", s.order().clientId(), "containerId", container(s.brewery()), "quantity", 1,
                            "creditedMinor", 3000)), 201);
                    return server.post("/orders/" + s.order().id() + "/payments", s.brewery().token(),
                            json("amountMinor", 1000, "paymentMethod", "other", "depositCreditMinor", 2500));
                }),
                route("POST /returns (against the order)", 201, s -> server.post("/returns", s.brewery().token(),
                        json("teamId", s.brewery().teamId(), "orderId", s.order().id(), "containerId", container(s.brewery()),
                                "quantity", 2, "creditedMinor", 1000))));
    }

    private static Arguments route(String name, int status, Function<Scenario, Response> call) {
        return Arguments.of(Named.of(name, call), status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutatingRoutes")
    void a_mutating_route_deletes_the_order_s_documents_rows_and_objects(Function<Scenario, Response> mutation, int status) {
        Scenario s = withDocuments();

        Response response = mutation.apply(s);

        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertDocumentsGone(s);
        // paperwork can be generated afresh afterwards
        assertThat(paperwork.fetch(paperwork.invoice(s.brewery(), s.order()).get("fileUrl").asText(), s.brewery().token()).status()).isEqualTo(200);
    }

    /** Two breweries in one group; the order belongs to the first, the second claims its shipping. */
    private record GroupScenario(Scenario orderOwner, Brewery partner) {}

    private static GroupScenario groupOrder() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Brewery hop = paperwork.brewery("Hop Co");
        String groupId = ok(server.post("/groups", lantern.token(), json("teamId", lantern.teamId(), "name",
                "Southwest Brewers " + System.nanoTime(), "regionLabel", "Bristol & Somerset")), 201).get("group").get("id").asText();
        String inviteId = ok(server.post("/groups/" + groupId + "/invitations/internal", lantern.token(),
                json("teamId", lantern.teamId(), "inviteeTeamId", hop.teamId())), 201).get("invitation").get("id").asText();
        ok(server.post("/groups/" + groupId + "/invitations/" + inviteId + "/accept", hop.token(), json("teamId", hop.teamId())), 200);
        String clientId = paperwork.client(lantern, "The Crown Inn");
        String orderId = ok(server.post("/orders", lantern.token(), json("teamId", lantern.teamId(), "clientId", clientId,
                "groupId", groupId)), 201).get("order").get("id").asText();
        ok(server.post("/orders/" + orderId + "/items", lantern.token(), Paperwork.item("Keg", "30L Keg", 1, 6000, 20, null, null)), 201);
        String number = ok(server.get("/orders/" + orderId, lantern.token()), 200).get("order").get("number").asText();
        return new GroupScenario(withDocuments(lantern, new Order(orderId, number, clientId)), hop);
    }

    @Test
    void claiming_transferring_and_releasing_group_shipping_each_delete_the_documents() {
        GroupScenario g = groupOrder();
        Scenario s = g.orderOwner();
        String orderPath = "/orders/" + s.order().id() + "/group/";

        ok(server.post(orderPath + "claim", g.partner().token(), json("teamId", g.partner().teamId())), 200);
        assertDocumentsGone(s);

        Scenario again = withDocuments(s.brewery(), s.order());
        ok(server.post(orderPath + "transfer", g.partner().token(), json("teamId", s.brewery().teamId())), 200);
        assertDocumentsGone(again);

        Scenario third = withDocuments(s.brewery(), s.order());
        ok(server.post(orderPath + "release", s.brewery().token(), null), 200);
        assertDocumentsGone(third);
    }

    @Test
    void reads_keep_the_documents() {
        Scenario s = withDocuments();
        ok(server.get("/orders/" + s.order().id(), s.brewery().token()), 200);
        ok(server.get("/orders/" + s.order().id() + "/payments", s.brewery().token()), 200);
        ok(server.get("/orders?teamId=" + s.brewery().teamId(), s.brewery().token()), 200);
        ok(server.get("/orders/" + s.order().id() + "/documents", s.brewery().token()), 200);
        assertDocumentsKept(s);
    }

    @Test
    void a_change_refused_before_it_reaches_the_order_keeps_the_documents() {
        Scenario s = withDocuments();
        Brewery stranger = paperwork.brewery("Stranger Brewery");
        assertThat(server.patch("/orders/" + s.order().id(), stranger.token(), json("notes", "x")).status()).isEqualTo(403);
        assertThat(server.post("/orders/" + s.order().id() + "/payments", stranger.token(),
                json("amountMinor", 100, "paymentMethod", "card")).status()).isEqualTo(403);
        assertThat(server.patch("/orders/" + s.order().id() + "/dispatch", s.brewery().token(),
                json("dispatchStatus", "lost")).status()).isEqualTo(400);
        assertDocumentsKept(s);
    }

    @Test
    void a_change_the_order_refuses_after_the_documents_were_deleted_leaves_no_row_without_its_file() {
        Scenario dates = withDocuments();
        Response refused = server.patch("/orders/" + dates.order().id(), dates.brewery().token(),
                json("issueDate", "2025-03-10", "dueDate", "2025-03-01"));
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertDocumentsGone(dates);

        Scenario credit = withDocuments();
        Response tooMuchCredit = server.post("/orders/" + credit.order().id() + "/payments", credit.brewery().token(),
                json("amountMinor", 100, "paymentMethod", "card", "depositCreditMinor", 999999));
        assertThat(tooMuchCredit.status()).as("%s", tooMuchCredit).isEqualTo(400);
        assertDocumentsGone(credit);
        // the refused payment was not recorded
        assertThat(ok(server.get("/orders/" + credit.order().id() + "/payments", credit.brewery().token()), 200)
                .get("payments")).isEmpty();
    }

    @Test
    void a_change_to_one_order_keeps_the_documents_of_the_others() {
        Scenario changed = withDocuments();
        Scenario untouched = withDocuments(changed.brewery(), paperwork.order(changed.brewery()));
        ok(server.patch("/orders/" + changed.order().id(), changed.brewery().token(), json("notes", "changed")), 200);
        assertDocumentsGone(changed);
        assertDocumentsKept(untouched);
    }
}
