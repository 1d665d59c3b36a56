package com.brewski.bootstrap.shop;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Download;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Shop scenarios over real HTTP: multipart uploads, raw downloads, conditional GETs, teams with groups. */
final class ShopClient {
    private final TestServer server;

    ShopClient(TestServer server) {
        this.server = server;
    }

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

    /** POSTs a multipart form: one file field (none when {@code field} is null) and plain fields. */
    Response upload(String path, String token, String field, String filename, String declaredType, byte[] content,
                    Map<String, String> fields) {
        return server.form("POST", path, token, fields, field, filename, declaredType, content);
    }

    Response uploadImage(String upsellId, String token, byte[] content, boolean setDefault) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (setDefault) fields.put("setDefault", "on");
        return upload("/shop/upsells/" + upsellId + "/images", token, "image", "upload.png", "image/png", content, fields);
    }

    /** A GET with extra headers. */
    Response get(String path, String token, Map<String, String> headers) {
        return server.send("GET", path, token, null, null, headers);
    }

    /** GETs a URL the server handed out, on this server. */
    Download fetch(String url) {
        return server.download(url, null);
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
