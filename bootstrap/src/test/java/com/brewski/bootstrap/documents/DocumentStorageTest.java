package com.brewski.bootstrap.documents;

import com.brewski.bootstrap.documents.Paperwork.Brewery;
import com.brewski.bootstrap.documents.Paperwork.Order;
import com.brewski.bootstrap.documents.Paperwork.Pdf;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static com.brewski.bootstrap.documents.Paperwork.json;
import static com.brewski.bootstrap.documents.Paperwork.ok;
import static com.brewski.bootstrap.documents.Paperwork.pdf;
import static com.brewski.bootstrap.documents.Paperwork.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The document routes when storage is not configured, and when it fails. */
class DocumentStorageTest {

    @Test
    void without_configured_storage_the_pdf_comes_back_inline_and_nothing_is_recorded() {
        try (TestServer server = TestServer.start(Map.of("STORAGE", "none"))) {
            Paperwork paperwork = new Paperwork(server);
            Brewery lantern = paperwork.brewery("Lantern Brewery");
            Order order = paperwork.order(lantern);

            JsonNode invoice = ok(server.post("/orders/" + order.id() + "/invoice", lantern.token(), null), 200);
            JsonNode note = ok(server.post("/orders/" + order.id() + "/delivery-note", lantern.token(), null), 200);

            assertThat(invoice.has("document")).isTrue();
            assertThat(invoice.get("document").isNull()).isTrue();
            assertThat(invoice.get("mimeType").asText()).isEqualTo("application/pdf");
            Pdf invoicePdf = pdf(Base64.getDecoder().decode(invoice.get("pdf").asText()));
            assertThat(invoicePdf.text()).contains("Invoice number: " + order.number(), "The Crown Inn", "Total £168.00",
                    "Lantern Pils 30L Keg", "Glassware (box of 24)");
            assertThat(note.get("document").isNull()).isTrue();
            Pdf notePdf = pdf(Base64.getDecoder().decode(note.get("pdf").asText()));
            assertThat(notePdf.text()).contains("DELIVERY NOTE", "Lantern Pils 30L Keg").doesNotContain("£");
            assertThat(paperwork.documents(lantern.token(), order)).isEmpty();
            // and changing the order still works: nothing to delete
            ok(server.patch("/orders/" + order.id(), lantern.token(), json("notes", "changed")), 200);
        }
    }

    @Test
    void a_storage_failure_answers_502_records_nothing_and_refuses_changes_it_cannot_clean_up_after() throws SQLException {
        try (TestServer server = TestServer.start(Map.of("S3_ENDPOINT", "http://127.0.0.1:1", "S3_BUCKET", "brewski",
                "S3_ACCESS_KEY", "key", "S3_SECRET_KEY", "secret"))) {
            Paperwork paperwork = new Paperwork(server);
            Brewery lantern = paperwork.brewery("Lantern Brewery");
            Order order = paperwork.order(lantern);

            refused(server.post("/orders/" + order.id() + "/invoice", lantern.token(), null), 502, "object storage failed");
            refused(server.post("/orders/" + order.id() + "/delivery-note", lantern.token(), null), 502, "object storage failed");
            assertThat(paperwork.documents(lantern.token(), order)).isEmpty();

            // a document stored before the storage went away: its object cannot be deleted, so the change is refused
            UUID documentId = seedInvoiceRow(server, lantern, order);
            refused(server.patch("/orders/" + order.id(), lantern.token(), json("notes", "changed")), 502, "object storage failed");
            refused(server.post("/orders/" + order.id() + "/payments", lantern.token(),
                    json("amountMinor", 100, "paymentMethod", "card")), 502, "object storage failed");
            JsonNode after = ok(server.get("/orders/" + order.id(), lantern.token()), 200);
            assertThat(after.get("order").get("notes").asText()).isEqualTo("Leave with the cellar team");
            assertThat(after.get("order").get("payments").get("items")).isEmpty();
            JsonNode documents = paperwork.documents(lantern.token(), order);
            assertThat(documents).hasSize(1);
            assertThat(documents.get(0).get("id").asText()).isEqualTo(documentId.toString());
        }
    }

    /** Inserts an invoice row for the order straight into the server's database, as if generated earlier. */
    private static UUID seedInvoiceRow(TestServer server, Brewery brewery, Order order) throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl());
             PreparedStatement insert = c.prepareStatement("insert into documents (id, team_id, related_type, related_id, "
                     + "object_key, file_url, invoice_number, generated_at, outstanding_minor, created_at, updated_at) "
                     + "values (?, ?, 'invoice', ?, ?, ?, ?, ?, 0, ?, ?)")) {
            String key = "documents/orders/" + brewery.teamId() + "/" + order.id() + "/invoice.pdf";
            insert.setObject(1, id);
            insert.setObject(2, UUID.fromString(brewery.teamId()));
            insert.setObject(3, UUID.fromString(order.id()));
            insert.setString(4, key);
            insert.setString(5, "https://cdn.example.com/" + key);
            insert.setString(6, order.number());
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, now);
            insert.executeUpdate();
        }
        return id;
    }
}
