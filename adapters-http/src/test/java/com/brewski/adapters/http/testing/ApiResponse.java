package com.brewski.adapters.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** A response as the tests read it: status, headers, raw body and (when JSON) the parsed body. */
public record ApiResponse(int status, HttpHeaders headers, byte[] bytes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        if (bytes.length == 0) return MissingNode.getInstance();
        try {
            return JSON.readTree(bytes);
        } catch (Exception e) {
            throw new AssertionError("not JSON (status " + status + "): " + body(), e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String message() {
        return json().path("message").asText(null);
    }

    @Override
    public String toString() {
        return "ApiResponse[" + status + " " + body() + "]";
    }
}
