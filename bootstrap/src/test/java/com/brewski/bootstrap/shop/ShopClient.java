package com.brewski.bootstrap.shop;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Shop scenarios over real HTTP: multipart uploads, raw downloads, conditional GETs, teams with groups. */
final class ShopClient {
    private final TestServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ShopClient(TestServer server) {
        this.server = server;
    }

    record Download(int status, String contentType, byte[] body) {}

    record Brewery(String teamId, String token) {}

    Brewery brewery(String name) {
        String token = server.register(name + " owner");
        return new Brewery(server.createTeam(token, name), token);
    }

    /** A group founded by the brewery (an active member), made shop-visible by platform staff when asked. */
    String group(Brewery founder, String name, boolean shopVisible) {
        String id = ok(server.post("/groups", founder.token(), Map.of("teamId", founder.teamId(), "name", name)), 201)
                .get("group").get("id").asText();
        if (shopVisible) ok(server.patch("/groups/" + id, server.adminToken(), Map.of("shopVisible", true)), 200);
        return id;
    }

    String upsell(String admin, String name) {
        return ok(server.post("/shop/upsells", admin, Map.of("name", name)), 201).get("upsell").get("id").asText();
    }

    /** POSTs a multipart form: one file field and plain fields. */
    Response upload(String path, String token, String field, String filename, String declaredType, byte[] content,
                    Map<String, String> fields) {
        String boundary = "----brewski" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (field != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token);
    }

    Response uploadImage(String upsellId, String token, byte[] content, boolean setDefault) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (setDefault) fields.put("setDefault", "on");
        return upload("/shop/upsells/" + upsellId + "/images", token, "image", "upload.png", "image/png", content, fields);
    }

    /** A GET with extra headers. */
    Response get(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request, token);
    }

    /** GETs a URL the server handed out, on this server. */
    Download fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(uri(URI.create(url).getRawPath())).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private Response send(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(60));
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

    static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response.json();
    }

    static void refused(Response response, int status, String message) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        if (message != null) assertThat(response.json().get("message").asText()).isEqualTo(message);
    }
}
