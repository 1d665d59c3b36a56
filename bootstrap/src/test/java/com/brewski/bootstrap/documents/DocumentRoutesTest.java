package com.brewski.bootstrap.documents;

import com.brewski.bootstrap.documents.Paperwork.Brewery;
import com.brewski.bootstrap.documents.Paperwork.Download;
import com.brewski.bootstrap.documents.Paperwork.Order;
import com.brewski.bootstrap.documents.Paperwork.Pdf;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.brewski.bootstrap.documents.Paperwork.item;
import static com.brewski.bootstrap.documents.Paperwork.json;
import static com.brewski.bootstrap.documents.Paperwork.ok;
import static com.brewski.bootstrap.documents.Paperwork.pdf;
import static com.brewski.bootstrap.documents.Paperwork.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /orders/:id/invoice, POST /orders/:id/delivery-note and GET /orders/:id/documents on the whole server. */
class DocumentRoutesTest {
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
    void an_invoice_is_stored_at_the_contract_s_key_and_reads_back_with_every_detail() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Order order = paperwork.order(lantern);
        ok(server.post("/orders/" + order.id() + "/payments", lantern.token(), json("amountMinor", 5000,
                "paymentMethod", "bank_transfer", "paymentReference", "BACS-77", "paidAt", "2025-03-05T10:00:00.000Z")), 201);
        Instant before = Instant.now().minusSeconds(1);

        JsonNode document = paperwork.invoice(lantern, order);

        String key = "documents/orders/" + lantern.teamId() + "/" + order.id() + "/invoice.pdf";
        assertThat(document.get("id").asText()).isNotBlank();
        assertThat(document.get("relatedType").asText()).isEqualTo("invoice");
        assertThat(document.get("relatedId").asText()).isEqualTo(order.id());
        assertThat(document.get("paperSize").asText()).isEqualTo("A4");
        assertThat(document.get("format").asText()).isEqualTo("pdf");
        assertThat(document.get("fileUrl").asText())
                .isEqualTo("/orders/" + order.id() + "/documents/" + document.get("id").asText() + "/file");
        assertThat(document.get("metadata").get("invoiceNumber").asText()).isEqualTo(order.number());
        // 2 × £60 + 20% = £144.00; £10 − 10% = £9.00; shipping £15.00 → total £168.00; paid £50.00
        assertThat(document.get("metadata").get("outstandingMinor").asLong()).isEqualTo(11800);
        assertThat(Instant.parse(document.get("metadata").get("generatedAt").asText())).isAfter(before);
        assertThat(document.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(document.get("updatedAt").asText()).isEqualTo(document.get("createdAt").asText());
        assertThat(Files.exists(server.dataDir().resolve("objects").resolve(key))).isTrue();

        Download file = paperwork.fetch(document.get("fileUrl").asText(), lantern.token());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        Pdf invoice = pdf(file.body());
        assertThat(invoice.text()).contains("INVOICE", "Invoice number: " + order.number(), "Issue date: 1 Mar 2025",
                "Due date: 31 Mar 2025");
        assertThat(invoice.text()).contains("Lantern Brewery Ltd", "Unit 4, Brewery Yard", "VAT number: GB123456789");
        assertThat(invoice.text()).contains("The Crown Inn", "Accounts Dept, 9 Mill Lane", "BA1 1AA", "Cellar door", "Back Lane");
        assertThat(invoice.text()).contains("AWRS number: XAW000000123", "Client AWRS number: XAW", "Duty suspended");
        assertThat(invoice.text()).contains("Lantern Pils 30L Keg 2 30L Keg £60.00", "20% £144.00");
        assertThat(invoice.text()).contains("Glassware (box of 24) 1 Box £10.00 10% (£1.00)", "£9.00");
        assertThat(invoice.text()).contains("Shipping £15.00", "Subtotal £144.00", "Tax £24.00", "Total £168.00",
                "Paid £50.00", "Outstanding £118.00");
        assertThat(invoice.text()).contains("5 Mar 2025", "Bank transfer", "BACS-77");
        assertThat(invoice.text()).contains("Sort code 12-34-56, account 12345678",
                "Payment within 30 days. Kegs remain our property.", "https://indiebrewer.com");
        assertThat(invoice.firstPageXObjects()).contains("Form"); // the QR code
    }

    @Test
    void a_delivery_note_lists_the_lines_and_dispatch_status_without_any_money() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Order order = paperwork.order(lantern);
        ok(server.patch("/orders/" + order.id() + "/dispatch", lantern.token(), json("dispatchStatus", "packed")), 200);

        JsonNode document = paperwork.deliveryNote(lantern, order);

        assertThat(document.get("relatedType").asText()).isEqualTo("delivery_note");
        assertThat(document.get("fileUrl").asText())
                .isEqualTo("/orders/" + order.id() + "/documents/" + document.get("id").asText() + "/file");
        assertThat(Files.exists(server.dataDir().resolve("objects")
                .resolve("documents/orders/" + lantern.teamId() + "/" + order.id() + "/delivery-note.pdf"))).isTrue();
        assertThat(document.get("metadata").get("invoiceNumber").asText()).isEqualTo(order.number());
        Pdf note = pdf(paperwork.fetch(document.get("fileUrl").asText(), lantern.token()).body());
        assertThat(note.text()).contains("DELIVERY NOTE", "Order number: " + order.number(), "Dispatch status: Packed");
        assertThat(note.text()).contains("Accounts Dept, 9 Mill Lane", "Cellar door", "Back Lane", "Duty suspended");
        assertThat(note.text()).contains("Lantern Pils 30L Keg 30L Keg 2", "Glassware (box of 24) Box 1", "https://indiebrewer.com");
        assertThat(note.text()).doesNotContain("£", "60.00", "10.00", "15.00", "Total", "Tax", "Outstanding");
    }

    @Test
    void each_generation_replaces_the_previous_document_of_its_kind_and_the_list_shows_the_current_ones() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Order order = paperwork.order(lantern);
        assertThat(paperwork.documents(lantern.token(), order)).isEmpty();

        JsonNode first = paperwork.invoice(lantern, order);
        JsonNode note = paperwork.deliveryNote(lantern, order);
        JsonNode second = paperwork.invoice(lantern, order);

        assertThat(second.get("id").asText()).isNotEqualTo(first.get("id").asText());
        assertThat(second.get("fileUrl").asText())
                .isEqualTo("/orders/" + order.id() + "/documents/" + second.get("id").asText() + "/file");
        // the replaced document's URL no longer answers; the new one does
        assertThat(paperwork.fetch(first.get("fileUrl").asText(), lantern.token()).status()).isEqualTo(404);
        assertThat(paperwork.fetch(second.get("fileUrl").asText(), lantern.token()).status()).isEqualTo(200);
        JsonNode listed = paperwork.documents(lantern.token(), order);
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).isEqualTo(second);
        assertThat(listed.get(1)).isEqualTo(note);
        assertThat(ok(server.get("/orders/" + order.id() + "/documents", lantern.token()), 200).get("orderId").asText())
                .isEqualTo(order.id());
    }

    @Test
    void every_line_of_a_forty_line_order_is_on_the_invoice() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) lines.add(item("Beer number " + i, "Cask", i, 100 * i, 20, null, null));
        Order order = paperwork.order(lantern, paperwork.client(lantern, "The Big Pub"), lines);

        Pdf invoice = pdf(paperwork.fetch(paperwork.invoice(lantern, order).get("fileUrl").asText(), lantern.token()).body());

        assertThat(invoice.pages()).isGreaterThan(1);
        for (int i = 1; i <= 40; i++) assertThat(invoice.text()).contains("Beer number " + i + " " + i + " Cask");
    }

    @Test
    void the_team_logo_is_printed_on_both_documents() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        ok(paperwork.upload("/teams/" + lantern.teamId() + "/logo", lantern.token(), "image", "logo.png", "image/png",
                Paperwork.image(300, 120, "png")), 200);
        Order order = paperwork.order(lantern);

        Pdf invoice = pdf(paperwork.fetch(paperwork.invoice(lantern, order).get("fileUrl").asText(), lantern.token()).body());
        Pdf note = pdf(paperwork.fetch(paperwork.deliveryNote(lantern, order).get("fileUrl").asText(), lantern.token()).body());

        assertThat(invoice.firstPageXObjects()).containsExactlyInAnyOrder("Image", "Form");
        assertThat(note.firstPageXObjects()).containsExactlyInAnyOrder("Image", "Form");
    }

    @Test
    void any_member_of_the_order_s_team_may_generate_and_list_its_documents() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Order order = paperwork.order(lantern);
        String member = paperwork.member(lantern, "member");

        ok(server.post("/orders/" + order.id() + "/invoice", member, null), 200);
        ok(server.post("/orders/" + order.id() + "/delivery-note", member, null), 200);
        assertThat(paperwork.documents(member, order)).hasSize(2);
    }

    @Test
    void other_teams_strangers_and_unknown_orders_are_refused() {
        Brewery lantern = paperwork.brewery("Lantern Brewery");
        Order order = paperwork.order(lantern);
        paperwork.invoice(lantern, order);
        Brewery other = paperwork.brewery("Other Brewery");

        for (String path : List.of("/invoice", "/delivery-note")) {
            refused(server.post("/orders/" + order.id() + path, other.token(), null), 403, "forbidden");
            refused(server.post("/orders/" + order.id() + path, null, null), 401, "unauthorized");
            refused(server.post("/orders/00000000-0000-0000-0000-00000000abcd" + path, lantern.token(), null), 404, "Order not found");
            refused(server.post("/orders/not-an-id" + path, lantern.token(), null), 404, "Order not found");
        }
        refused(server.get("/orders/" + order.id() + "/documents", other.token()), 403, "forbidden");
        refused(server.get("/orders/" + order.id() + "/documents", null), 401, "unauthorized");
        refused(server.get("/orders/00000000-0000-0000-0000-00000000abcd/documents", lantern.token()), 404, "Order not found");
        // the refused attempts changed nothing
        assertThat(paperwork.documents(lantern.token(), order)).hasSize(1);
        assertThat(paperwork.documents(other.token(), paperwork.order(other))).isEmpty();
    }
}
