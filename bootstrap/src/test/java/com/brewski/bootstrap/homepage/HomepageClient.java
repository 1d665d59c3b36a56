package com.brewski.bootstrap.homepage;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Download;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Homepage scenarios over real HTTP: multipart forms (POST or PATCH) with an optional image, and raw downloads. */
final class HomepageClient {
    private final TestServer server;

    HomepageClient(TestServer server) {
        this.server = server;
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    /** A multipart form with plain fields and, unless {@code image} is null, a file in the field {@code image}. */
    Response form(String method, String path, String token, Map<String, String> fields, byte[] image) {
        return image == null
                ? server.form(method, path, token, fields, null, null, null, null)
                : server.form(method, path, token, fields, "image", "upload.jpg", "image/jpeg", image);
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
        if (message != null) assertThat(response.json().get("message").asText()).as("%s", response).isEqualTo(message);
    }
}
