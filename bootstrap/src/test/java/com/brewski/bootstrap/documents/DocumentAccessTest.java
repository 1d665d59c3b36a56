package com.brewski.bootstrap.documents;

import com.brewski.bootstrap.documents.Paperwork.Brewery;
import com.brewski.bootstrap.documents.Paperwork.Download;
import com.brewski.bootstrap.documents.Paperwork.Order;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.brewski.bootstrap.documents.Paperwork.json;
import static com.brewski.bootstrap.documents.Paperwork.ok;
import static com.brewski.bootstrap.documents.Paperwork.pdf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoices and delivery notes are private, over real HTTP: a document's {@code fileUrl} is the
 * authenticated route {@code GET /orders/:id/documents/:documentId/file} (members of the order's team
 * only), and {@code /files/*} serves only the public key prefixes, so the predictable document key
 * answers 404 with or without a token.
 */
class DocumentAccessTest {
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

    @Test
    void the_predictable_document_key_is_not_served_by_the_public_file_route() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Order order = paperwork.order(lantern);
        paperwork.invoice(lantern, order);
        paperwork.deliveryNote(lantern, order);

        for (String file : new String[] {"invoice.pdf", "delivery-note.pdf"}) {
            String path = "/files/documents/orders/" + lantern.teamId() + "/" + order.id() + "/" + file;
            assertThat(paperwork.download(path, null).status()).as(path).isEqualTo(404);
            assertThat(paperwork.download(path, lantern.token()).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_file_url_streams_the_pdf_to_the_members_of_the_order_s_team_only() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Brewery other = paperwork.brewery("Other Brewery");
        String member = paperwork.member(lantern, "member");
        Order order = paperwork.order(lantern);
        JsonNode invoice = paperwork.invoice(lantern, order);
        String url = invoice.get("fileUrl").asText();
        assertThat(url).isEqualTo("/orders/" + order.id() + "/documents/" + invoice.get("id").asText() + "/file");

        Download owner = paperwork.download(url, lantern.token());
        assertThat(owner.status()).isEqualTo(200);
        assertThat(owner.contentType()).startsWith("application/pdf");
        assertThat(pdf(owner.body()).text()).contains("Invoice number: " + order.number());
        assertThat(paperwork.download(url, member).status()).isEqualTo(200);

        assertThat(paperwork.download(url, null).status()).isEqualTo(401);
        assertThat(paperwork.download(url, other.token()).status()).isEqualTo(403);
        // the listed URL is the same route
        assertThat(paperwork.documents(lantern.token(), order).get(0).get("fileUrl").asText()).isEqualTo(url);
    }

    @Test
    void unknown_or_other_orders_documents_are_not_found() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Order first = paperwork.order(lantern);
        Order second = paperwork.order(lantern);
        String firstInvoice = paperwork.invoice(lantern, first).get("id").asText();
        paperwork.invoice(lantern, second);

        assertNotFound("/orders/" + second.id() + "/documents/" + firstInvoice + "/file", lantern, "Document not found");
        assertNotFound("/orders/" + first.id() + "/documents/00000000-0000-0000-0000-00000000abcd/file", lantern,
                "Document not found");
        assertNotFound("/orders/" + first.id() + "/documents/nope/file", lantern, "Document not found");
        assertNotFound("/orders/00000000-0000-0000-0000-00000000abcd/documents/" + firstInvoice + "/file", lantern,
                "Order not found");

        // a change to the order discards its documents: the URL no longer answers
        ok(server.patch("/orders/" + first.id(), lantern.token(), json("notes", "changed")), 200);
        assertNotFound("/orders/" + first.id() + "/documents/" + firstInvoice + "/file", lantern, "Document not found");
    }

    @Test
    void a_group_partner_who_reads_the_order_does_not_read_its_invoice() {
        Brewery hub = paperwork.brewery("Hub Brewery");
        Brewery partner = paperwork.brewery("Partner Brewery");
        String group = ok(server.post("/groups", hub.token(), json("teamId", hub.teamId(), "name",
                "Docs Group " + hub.teamId().substring(0, 6), "regionLabel", "Bristol")), 201).get("group").get("id").asText();
        String invite = ok(server.post("/groups/" + group + "/invitations/internal", hub.token(),
                json("teamId", hub.teamId(), "inviteeTeamId", partner.teamId())), 201).get("invitation").get("id").asText();
        ok(server.post("/groups/" + group + "/invitations/" + invite + "/accept", partner.token(),
                json("teamId", partner.teamId())), 200);
        Order order = paperwork.order(hub);
        ok(server.patch("/orders/" + order.id(), hub.token(), json("groupId", group)), 200);
        String url = paperwork.invoice(hub, order).get("fileUrl").asText();

        ok(server.get("/orders/" + order.id(), partner.token()), 200);
        assertThat(paperwork.download(url, partner.token()).status()).isEqualTo(403);
        assertThat(server.get("/orders/" + order.id() + "/documents", partner.token()).status()).isEqualTo(403);
        assertThat(paperwork.download(url, hub.token()).status()).isEqualTo(200);
    }

    private static void assertNotFound(String path, Brewery brewery, String message) {
        Download download = paperwork.download(path, brewery.token());
        assertThat(download.status()).as(path).isEqualTo(404);
        assertThat(download.text()).as(path).contains(message);
    }
}
