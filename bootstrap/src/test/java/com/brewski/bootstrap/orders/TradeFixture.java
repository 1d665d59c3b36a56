package com.brewski.bootstrap.orders;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets up trade scenarios over the server's own HTTP routes: breweries (a user owning a team),
 * clients, beers, containers, stock, multipacks, pricebooks, groups, shipping rules and orders.
 * Every brewery is new, so tests sharing a server never see each other's data.
 */
public final class TradeFixture {
    private final TestServer server;

    public TradeFixture(TestServer server) {
        this.server = server;
    }

    /** A team and the token of its owner. */
    public record Brewery(String name, String teamId, String token) {}

    public Brewery brewery(String name) {
        String token = server.register(name + " owner");
        return new Brewery(name, server.createTeam(token, name), token);
    }

    /** Registers a user, adds them to the brewery's team with {@code role}, and answers their token. */
    public String memberOf(Brewery brewery, String role) {
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@brewski.example";
        Response registered = server.post("/auth/register", null, Map.of("email", email, "password", "correct horse", "name", "Member"));
        assertThat(registered.status()).as("register %s", registered).isEqualTo(201);
        Response added = server.post("/teams/" + brewery.teamId() + "/members", brewery.token(), Map.of("email", email, "role", role));
        assertThat(added.status()).as("add member %s", added).isEqualTo(201);
        return registered.json().get("accessToken").asText();
    }

    public void obscureOrderNumbers(Brewery brewery) {
        ok(server.put("/settings", brewery.token(), Map.of("teamId", brewery.teamId(), "obscureOrderNumber", true)), 200);
    }

    // --- clients

    public String client(Brewery brewery, String name) {
        return client(brewery, name, json());
    }

    public String client(Brewery brewery, String name, Map<String, Object> extra) {
        Map<String, Object> body = json("teamId", brewery.teamId(), "name", name);
        body.putAll(extra);
        return ok(server.post("/clients", brewery.token(), body), 201).get("client").get("id").asText();
    }

    // --- catalogue

    /** The id of one of the containers every new team starts with, by position in name order. */
    public String container(Brewery brewery, int index) {
        JsonNode page = ok(server.get("/containers?teamId=" + brewery.teamId() + "&sort=name", brewery.token()), 200);
        assertThat(page.get("results").size()).as("default containers").isGreaterThan(index);
        return page.get("results").get(index).get("id").asText();
    }

    public String containerName(Brewery brewery, String containerId) {
        JsonNode page = ok(server.get("/containers?teamId=" + brewery.teamId(), brewery.token()), 200);
        for (JsonNode c : page.get("results")) if (c.get("id").asText().equals(containerId)) return c.get("name").asText();
        throw new AssertionError("no container " + containerId);
    }

    public String beer(Brewery brewery, String name, String inventoryMode) {
        return ok(server.post("/beers", brewery.token(),
                json("teamId", brewery.teamId(), "name", name, "inventoryMode", inventoryMode)), 201).get("beer").get("id").asText();
    }

    public void setStock(Brewery brewery, String beerId, String containerId, Object quantity) {
        ok(server.put("/beers/" + beerId + "/stock", brewery.token(), json("containerId", containerId, "quantity", quantity)), 200);
    }

    /** The counted stock of a manually tracked beer in a container (0 when never counted). */
    public double stock(Brewery brewery, String beerId, String containerId) {
        JsonNode beer = ok(server.get("/beers/" + beerId, brewery.token()), 200).get("beer");
        for (JsonNode level : beer.get("stock"))
            if (level.get("containerId").asText().equals(containerId)) return level.get("quantity").asDouble();
        return 0;
    }

    public String multipack(Brewery brewery, String name, int packSize, String beerId, String containerId, long defaultPriceMinor) {
        return ok(server.post("/multipacks", brewery.token(), json("teamId", brewery.teamId(), "name", name,
                "packSize", packSize, "beerId", beerId, "containerId", containerId, "defaultPriceMinor", defaultPriceMinor)), 201)
                .get("multipack").get("id").asText();
    }

    public String defaultPricebook(Brewery brewery) {
        JsonNode list = ok(server.get("/pricebooks?teamId=" + brewery.teamId(), brewery.token()), 200);
        for (JsonNode book : list.get("results")) if (book.get("isDefault").asBoolean()) return book.get("id").asText();
        throw new AssertionError("no default pricebook: " + list);
    }

    public String pricebook(Brewery brewery, String name) {
        return ok(server.post("/pricebooks", brewery.token(), json("teamId", brewery.teamId(), "name", name)), 201)
                .get("pricebook").get("id").asText();
    }

    public void price(Brewery brewery, String pricebookId, Map<String, Object> item) {
        ok(server.post("/pricebooks/" + pricebookId + "/items", brewery.token(), item), 201);
    }

    // --- groups

    public String group(Brewery founder, String name) {
        return ok(server.post("/groups", founder.token(), json("teamId", founder.teamId(), "name", name,
                "regionLabel", "Bristol & Somerset")), 201).get("group").get("id").asText();
    }

    /** The founder invites the other brewery, which accepts: an active member. */
    public void join(String groupId, Brewery founder, Brewery joiner) {
        String inviteId = ok(server.post("/groups/" + groupId + "/invitations/internal", founder.token(),
                json("teamId", founder.teamId(), "inviteeTeamId", joiner.teamId())), 201).get("invitation").get("id").asText();
        ok(server.post("/groups/" + groupId + "/invitations/" + inviteId + "/accept", joiner.token(),
                json("teamId", joiner.teamId())), 200);
    }

    /** The founder (an active owner member) retires the group. */
    public void retire(String groupId, Brewery founder) {
        ok(server.patch("/groups/" + groupId, founder.token(), json("teamId", founder.teamId(), "status", "retired")), 200);
    }

    /** The brewery leaves the group: its membership is no longer active. */
    public void leave(String groupId, Brewery member) {
        ok(server.post("/groups/" + groupId + "/leave", member.token(), json("teamId", member.teamId())), 200);
    }

    // --- shipping rules

    public String shippingRule(Brewery brewery, String name, long amountMinor, long minSubtotalMinor, Long freeAboveMinor) {
        return ok(server.post("/shipping-rules", brewery.token(), json("teamId", brewery.teamId(), "name", name,
                "amountMinor", amountMinor, "minSubtotalMinor", minSubtotalMinor, "freeAboveMinor", freeAboveMinor)), 201)
                .get("rule").get("id").asText();
    }

    // --- orders

    public JsonNode order(Brewery brewery, String clientId) {
        return order(brewery, clientId, json());
    }

    /** Creates an order and answers its {@code order} object. */
    public JsonNode order(Brewery brewery, String clientId, Map<String, Object> extra) {
        Map<String, Object> body = json("teamId", brewery.teamId(), "clientId", clientId);
        body.putAll(extra);
        return ok(server.post("/orders", brewery.token(), body), 201).get("order");
    }

    /** Adds a custom charge and answers the whole response ({@code item, order, items}). */
    public JsonNode customItem(Brewery brewery, String orderId, long unitPriceMinor, Object quantity) {
        return ok(server.post("/orders/" + orderId + "/items", brewery.token(), json("kind", "custom",
                "description", "Charge", "quantity", quantity, "unitPriceMinor", unitPriceMinor)), 201);
    }

    /** Adds a standard beer line at a set price and answers the whole response ({@code item, order, items}). */
    public JsonNode standardItem(Brewery brewery, String orderId, String beerId, String containerId, Object quantity,
                                 long unitPriceMinor) {
        return ok(server.post("/orders/" + orderId + "/items", brewery.token(), json("beerId", beerId,
                "containerId", containerId, "quantity", quantity, "unitPriceMinor", unitPriceMinor)), 201);
    }

    // --- payments and deposits

    /** Sets the team's deposit per container of one type ({@code keg}, {@code cask}, …). */
    public void deposit(Brewery brewery, String containerType, long amountMinor) {
        ok(server.put("/settings", brewery.token(), json("teamId", brewery.teamId(), "deposits",
                json(containerType, json("enabled", true, "amountMinor", amountMinor)))), 200);
    }

    /** Records a payment (or refund) from the given body fields and answers the whole 201 response. */
    public JsonNode pay(Brewery brewery, String orderId, Map<String, Object> body) {
        return ok(server.post("/orders/" + orderId + "/payments", brewery.token(), body), 201);
    }

    /** Records a card payment of {@code amountMinor} paid at {@code paidAt} and answers the 201 response. */
    public JsonNode pay(Brewery brewery, String orderId, long amountMinor, String paidAt) {
        return pay(brewery, orderId, json("amountMinor", amountMinor, "paymentMethod", "card", "paidAt", paidAt));
    }

    /** Records a container return and answers the whole 201 response. */
    public JsonNode containerReturn(Brewery brewery, Map<String, Object> body) {
        Map<String, Object> full = json("teamId", brewery.teamId());
        full.putAll(body);
        return ok(server.post("/returns", brewery.token(), full), 201);
    }

    /** Gives a client {@code creditMinor} of deposit credit: a return of one container credited that amount. */
    public void depositCredit(Brewery brewery, String clientId, String containerId, long creditMinor) {
        containerReturn(brewery, json("clientId", clientId, "containerId", containerId, "quantity", 1,
                "creditedMinor", creditMinor));
    }

    // --- helpers

    /** A JSON object body from key/value pairs, nulls kept (Map.of refuses them). */
    public static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return body;
    }

    /** The response's JSON after checking its status. */
    public static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response.json();
    }

    /** Checks an error: its status and its exact message. */
    public static void refused(Response response, int status, String message) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json().get("message").asText()).as("%s", response).isEqualTo(message);
    }

    /** Checks a 400 whose message names {@code field} (messages start with the field's name). */
    public static void refusedNaming(Response response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().get("message").asText()).as("%s", response).startsWith(field);
    }
}
