package com.brewski.bootstrap.documents;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paperwork scenarios over the server's own routes: breweries with billing settings, clients with
 * addresses, orders with lines; multipart uploads, raw downloads and PDFs read back as text.
 */
final class Paperwork {
    private final TestServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Paperwork(TestServer server) {
        this.server = server;
    }

    record Brewery(String name, String teamId, String token) {}

    record Order(String id, String number, String clientId) {}

    /** A raw response: status, content type and bytes. */
    record Download(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A team whose owner has set its billing name, address, VAT number, bank details and terms. */
    Brewery brewery(String name) {
        String token = server.register(name + " owner");
        String teamId = server.createTeam(token, name);
        ok(server.put("/settings", token, json("teamId", teamId, "billingName", name + " Ltd",
                "billingAddress", "Unit 4, Brewery Yard\nBristol BS2 0XX", "vatNumber", "GB123456789",
                "paymentDetails", "Sort code 12-34-56, account 12345678",
                "invoiceTerms", "Payment within 30 days. Kegs remain our property.")), 200);
        return new Brewery(name, teamId, token);
    }

    /** Registers a user, adds them to the brewery with {@code role}, and answers their token. */
    String member(Brewery brewery, String role) {
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@brewski.example";
        Response registered = server.post("/auth/register", null, Map.of("email", email, "password", "correct horse", "name", "Member"));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        ok(server.post("/teams/" + brewery.teamId() + "/members", brewery.token(), Map.of("email", email, "role", role)), 201);
        return registered.json().get("accessToken").asText();
    }

    /** A client with an address, a separate billing address, an AWRS number and a delivery site. */
    String client(Brewery brewery, String name) {
        String id = ok(server.post("/clients", brewery.token(), json("teamId", brewery.teamId(), "name", name,
                "awrsNumber", "XAW" + (100000000L + (long) (Math.random() * 800000000L)),
                "address", json("line1", "1 High Street", "town", "Bristol", "postcode", "bs1 4dj"),
                "billingAddress", json("line1", "Accounts Dept, 9 Mill Lane", "town", "Bath", "postcode", "BA1 1AA"))), 201)
                .get("client").get("id").asText();
        ok(server.post("/clients/" + id + "/delivery-sites", brewery.token(), json("name", "Cellar door",
                "address", json("line1", "Back Lane", "town", "Bristol", "postcode", "BS1 5AA"))), 201);
        return id;
    }

    /** A confirmed order, duty suspended, with its AWRS number, a manual shipping charge and the given lines. */
    Order order(Brewery brewery, String clientId, List<Map<String, Object>> lines) {
        JsonNode order = ok(server.post("/orders", brewery.token(), json("teamId", brewery.teamId(), "clientId", clientId,
                "status", "confirmed", "issueDate", "2025-03-01", "dueDate", "2025-03-31", "dutySuspense", true,
                "awrsNumber", "XAW000000123", "notes", "Leave with the cellar team",
                "shipping", json("mode", "manual", "amountMinor", 1500))), 201).get("order");
        String id = order.get("id").asText();
        for (Map<String, Object> line : lines) ok(server.post("/orders/" + id + "/items", brewery.token(), line), 201);
        return new Order(id, order.get("number").asText(), clientId);
    }

    /** An order of {@link #client} with two custom lines: 2 × £60.00 at 20% tax, 1 × £10.00 less 10%. */
    Order order(Brewery brewery) {
        return order(brewery, client(brewery, "The Crown Inn"), List.of(
                item("Lantern Pils 30L Keg", "30L Keg", 2, 6000, 20, null, null),
                item("Glassware (box of 24)", "Box", 1, 1000, 0, "percentage", 10)));
    }

    static Map<String, Object> item(String description, String unit, Object quantity, long unitPriceMinor, Object taxRate,
                                    String discountType, Object discountValue) {
        return json("kind", "custom", "description", description, "unit", unit, "quantity", quantity,
                "unitPriceMinor", unitPriceMinor, "taxRate", taxRate, "discountType", discountType, "discountValue", discountValue);
    }

    // --- documents

    JsonNode invoice(Brewery brewery, Order order) {
        return ok(server.post("/orders/" + order.id() + "/invoice", brewery.token(), null), 200).get("document");
    }

    JsonNode deliveryNote(Brewery brewery, Order order) {
        return ok(server.post("/orders/" + order.id() + "/delivery-note", brewery.token(), null), 200).get("document");
    }

    JsonNode documents(String token, Order order) {
        return ok(server.get("/orders/" + order.id() + "/documents", token), 200).get("documents");
    }

    /** GETs a URL the server handed out (its host may name the configured public base) on this server. */
    Download fetch(String url) {
        return fetch(url, null);
    }

    /** GETs the path of a URL with the token (a document's {@code fileUrl} is an authenticated route). */
    Download fetch(String url, String token) {
        URI uri = URI.create(url);
        return download(uri.getRawPath(), token);
    }

    Download download(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a multipart form with one file field. */
    Response upload(String path, String token, String field, String filename, String declaredType, byte[] content) {
        String boundary = "----brewski" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, token, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    Response post(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- PDFs and images

    /** A PDF's text, page after page, and the kinds of XObject drawn on its first page. */
    record Pdf(String text, int pages, List<String> firstPageXObjects) {}

    static Pdf pdf(byte[] bytes) {
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++)
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(i))).append('\n');
            List<String> kinds = new ArrayList<>();
            PdfDictionary xobjects = document.getPage(1).getResources().getResource(PdfName.XObject);
            if (xobjects != null)
                for (PdfName name : xobjects.keySet()) kinds.add(xobjects.getAsStream(name).getAsName(PdfName.Subtype).getValue());
            return new Pdf(text.toString(), document.getNumberOfPages(), kinds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0, 0x60, 0x10));
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(image, format, out)).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid PNG of exactly {@code size} bytes: a small image padded with a private ancillary chunk. */
    static byte[] pngOfSize(int size) {
        byte[] png = image(40, 20, "png");
        int padding = size - png.length - 12;
        assertThat(padding).isNotNegative();
        byte[] data = new byte[padding];
        ByteBuffer chunk = ByteBuffer.allocate(12 + padding);
        chunk.putInt(padding).put("brWs".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + padding);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write(png, 0, png.length - 12); // everything before IEND
        out.writeBytes(chunk.array());
        out.write(png, png.length - 12, 12);
        return out.toByteArray();
    }

    // --- helpers

    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return body;
    }

    static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response.json();
    }

    static void refused(Response response, int status, String message) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json().get("message").asText()).as("%s", response).isEqualTo(message);
    }
}
