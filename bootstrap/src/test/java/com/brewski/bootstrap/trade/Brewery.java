package com.brewski.bootstrap.trade;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A team on a running server with its owner's token, and the helpers the trade route tests share. */
record Brewery(TestServer server, String owner, String teamId) {

    /** Registers an owner and creates their team. */
    static Brewery open(TestServer server, String name) {
        String owner = server.register(name + " Owner");
        return new Brewery(server, owner, server.createTeam(owner, name));
    }

    /** Registers a user, adds them to this team with {@code role} (owner's call) and answers their token. */
    String user(String name, String role) {
        String token = server.register(name);
        String email = server.get("/me", token).json().get("user").get("email").asText();
        Response added = server.post("/teams/" + teamId + "/members", owner, Map.of("email", email, "role", role));
        assertThat(added.status()).as("adding %s: %s", name, added).isEqualTo(201);
        return token;
    }

    /** Creates a beer of this team (owner's call) and answers its id. */
    String beer(String name, String inventoryMode) {
        Response created = server.post("/beers", owner, body("teamId", teamId, "name", name, "inventoryMode", inventoryMode));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("beer").get("id").asText();
    }

    /** The id of this team's first container of a type (the defaults include one of each). */
    String container(String type) {
        for (JsonNode c : server.get("/containers?teamId=" + teamId + "&pageSize=200", owner).json().get("results"))
            if (c.get("containerType").asText().equals(type)) return c.get("id").asText();
        throw new AssertionError("no " + type + " container");
    }

    /** The id of this team's default pricebook. */
    String defaultPricebook() {
        for (JsonNode p : server.get("/pricebooks?teamId=" + teamId, owner).json().get("results"))
            if (p.get("isDefault").asBoolean()) return p.get("id").asText();
        throw new AssertionError("no default pricebook");
    }

    /** A field of every element of a JSON array, as text. */
    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    /** A JSON object from alternating names and values; values may be null (unlike {@code Map.of}). */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return body;
    }

    /** Asserts a 400 whose message names {@code field}. */
    static void assertInvalid(Response response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().get("message").asText()).as("%s", response).contains(field);
    }

    static void assertStatus(Response response, int status, String message) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json().get("message").asText()).isEqualTo(message);
    }

    static String message(Response response) {
        return response.json().get("message").asText();
    }
}
