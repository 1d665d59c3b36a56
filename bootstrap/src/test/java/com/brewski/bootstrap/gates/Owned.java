package com.brewski.bootstrap.gates;

import com.brewski.bootstrap.testing.Teams.Team;
import com.brewski.bootstrap.testing.Teams.User;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static com.brewski.bootstrap.gates.World.json;
import static com.brewski.bootstrap.gates.World.ok;

/**
 * Fresh resources of one team, made by its owner over the server's own routes, for one request of
 * {@link #caller}: a route's fixture asks for what its path and body need.
 */
final class Owned {
    private static final String DELIVERY = "2025-03-10T09:00:00.000Z";

    final World world;
    final Team team;
    final CallerKind caller;
    private final TestServer server;
    private final String owner;

    Owned(World world, Team team, CallerKind caller) {
        this.world = world;
        this.team = team;
        this.caller = caller;
        this.server = world.server;
        this.owner = team.ownerToken();
    }

    String teamId() {
        return team.id();
    }

    String partnerId() {
        return world.partner.id();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // --- catalogue

    String container() {
        return ok(server.post("/containers", owner, json("teamId", teamId(), "name", "Keg " + unique(), "containerType", "keg",
                "volumeMl", 30_000, "defaultBbeMonths", 4, "isReturnable", true)), 201).get("container").get("id").asText();
    }

    String beer() {
        return ok(server.post("/beers", owner, json("teamId", teamId(), "name", "Pils " + unique(), "inventoryMode", "manual")), 201)
                .get("beer").get("id").asText();
    }

    String multipack() {
        return ok(server.post("/multipacks", owner, json("teamId", teamId(), "name", "Pack " + unique(), "packSize", 12,
                "beerId", beer(), "containerId", container(), "defaultPriceMinor", 1200)), 201).get("multipack").get("id").asText();
    }

    String pricebook() {
        return ok(server.post("/pricebooks", owner, json("teamId", teamId(), "name", "Trade " + unique())), 201)
                .get("pricebook").get("id").asText();
    }

    String pricebookItem(String pricebookId) {
        return ok(server.post("/pricebooks/" + pricebookId + "/items", owner, json("beerId", beer(), "containerId", container(),
                "priceMinor", 500)), 201).get("item").get("id").asText();
    }

    // --- clients

    String client() {
        return ok(server.post("/clients", owner, json("teamId", teamId(), "name", "Bar " + unique())), 201)
                .get("client").get("id").asText();
    }

    String deliverySite(String clientId) {
        return ok(server.post("/clients/" + clientId + "/delivery-sites", owner, json("name", "Cellar " + unique(),
                "address", json("line1", "Back Lane", "postcode", "BS1 4DJ"))), 201).get("deliverySite").get("id").asText();
    }

    // --- orders

    /** A new order of a new client with one custom line. */
    String order() {
        String id = ok(server.post("/orders", owner, json("teamId", teamId(), "clientId", client())), 201).get("order").get("id").asText();
        orderItem(id);
        return id;
    }

    /** An invoice of the order, generated now: its document id. */
    String invoice(String orderId) {
        return ok(server.post("/orders/" + orderId + "/invoice", owner, json()), 200).get("document").get("id").asText();
    }

    String orderItem(String orderId) {
        return ok(server.post("/orders/" + orderId + "/items", owner, json("kind", "custom", "description", "Fee",
                "quantity", 1, "unitPriceMinor", 1000)), 201).get("item").get("id").asText();
    }

    String shippingRule() {
        return ok(server.post("/shipping-rules", owner, json("teamId", teamId(), "name", "Local " + unique(), "amountMinor", 500)), 201)
                .get("rule").get("id").asText();
    }

    // --- groups

    /** A group the team founded. */
    String group() {
        return group(owner, teamId());
    }

    private String group(String token, String founder) {
        return ok(server.post("/groups", token, json("teamId", founder, "name", "Group " + unique(), "regionLabel", "Bristol")), 201)
                .get("group").get("id").asText();
    }

    private String invite(String groupId, String token, String inviter, String invitee) {
        return ok(server.post("/groups/" + groupId + "/invitations/internal", token, json("teamId", inviter, "inviteeTeamId", invitee)), 201)
                .get("invitation").get("id").asText();
    }

    /** A group the partner founded, with a pending invitation of this team: {groupId, invitationId}. */
    String[] invitationFromPartner() {
        String group = group(world.partner.ownerToken(), partnerId());
        return new String[] {group, invite(group, world.partner.ownerToken(), partnerId(), teamId())};
    }

    /** A group this team founded, with a pending invitation of the partner: {groupId, invitationId}. */
    String[] invitationOfPartner() {
        String group = group();
        return new String[] {group, invite(group, owner, teamId(), partnerId())};
    }

    /** A group the partner founded, which this team joined. */
    String joinedGroup() {
        String[] invitation = invitationFromPartner();
        ok(server.post("/groups/" + invitation[0] + "/invitations/" + invitation[1] + "/accept", owner, json("teamId", teamId())), 200);
        return invitation[0];
    }

    /** An unclaimed order of the partner, linked to a group this team is an active member of: {groupId, orderId}. */
    String[] claimableOrder() {
        String group = joinedGroup();
        String partner = world.partner.ownerToken();
        String client = ok(server.post("/clients", partner, json("teamId", partnerId(), "name", "Bar " + unique())), 201)
                .get("client").get("id").asText();
        String order = ok(server.post("/orders", partner, json("teamId", partnerId(), "clientId", client, "groupId", group,
                "groupEarliestDeliveryAt", DELIVERY, "groupLatestDeliveryAt", "2025-03-13T17:00:00.000Z")), 201)
                .get("order").get("id").asText();
        return new String[] {group, order};
    }

    /** A partner's group order that this team has claimed: its id. */
    String claimedOrder() {
        String order = claimableOrder()[1];
        ok(server.post("/orders/" + order + "/group/claim", owner, json("teamId", teamId())), 200);
        return order;
    }

    // --- shop (made by the platform admin)

    private String admin() {
        return server.adminToken();
    }

    /** A navigation toggle's id (the list seeds them). */
    String navigationItem() {
        return ok(server.get("/shop/navigation", admin()), 200).get("items").get(0).get("id").asText();
    }

    String upsell() {
        return ok(server.post("/shop/upsells", admin(), json("name", "Coupler " + unique())), 201).get("upsell").get("id").asText();
    }

    /** An upsell with one uploaded image: {upsellId, imageId}. */
    String[] upsellImage() {
        String upsell = upsell();
        JsonNode body = ok(server.upload("/shop/upsells/" + upsell + "/images", admin(), "image", "coupler.png", "image/png", png()), 201);
        return new String[] {upsell, body.get("upsell").get("images").get(0).get("id").asText()};
    }

    /** A shop-visible group the team founded. */
    String shopGroup() {
        String group = group();
        ok(server.patch("/groups/" + group, admin(), json("shopVisible", true)), 200);
        return group;
    }

    /** Empties both homepage slots (their answers would name the team to any caller of the public route). */
    void clearFeaturedSlots() {
        for (int position = 1; position <= 2; position++) server.delete("/shop/homepage-featured-groups/" + position, admin());
    }

    // --- identity

    /** A new user, not yet on any team. */
    User stranger() {
        return world.teams.user("Stranger");
    }

    /** A new member of the team (role member): their user id. */
    String memberId() {
        return world.teams.member(team, "member").id();
    }

    /** A new user granted support by the platform admin: their user id. */
    String supportId() {
        return world.teams.platform("support").id();
    }

    /** A promotion of the team that is not the default (so it can be deleted), made by a platform super user. */
    String promotion() {
        String su = world.token(CallerKind.SU);
        Map<String, String> form = Map.of("teamId", teamId(), "startsAt", "2025-04-01T08:00");
        JsonNode promotion = ok(server.upload("/shop/homepage-promotions", su, form, "image", "p.png", "image/png", png()), 201)
                .get("promotion");
        if (!promotion.get("isDefault").asBoolean()) return promotion.get("id").asText();
        return ok(server.upload("/shop/homepage-promotions", su, form, "image", "p.png", "image/png", png()), 201)
                .get("promotion").get("id").asText();
    }

    /** A slide of the hero carousel, made by a platform super user. */
    String hero() {
        Map<String, String> form = Map.of("category", "Highlight", "title", "Slide " + unique(), "message", "Fresh releases");
        return ok(server.upload("/shop/homepage-hero", world.token(CallerKind.SU), form, "image", "h.png", "image/png", png()), 201)
                .get("hero").get("id").asText();
    }

    /** Uploads a logo for the team and answers the path its file is served at. */
    String logo() {
        JsonNode team = ok(server.upload("/teams/" + teamId() + "/logo", owner, "image", "logo.png", "image/png", png()), 200).get("team");
        return URI.create(team.get("logoUrl").asText()).getRawPath();
    }

    // --- off-trade

    /** An off-trade collection request routed to the team, which collects in an area of its own and has a contact email. */
    long collectionRequest() {
        String area = "" + (char) ('A' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26))
                + (char) ('A' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26));
        ok(server.put("/settings", owner, json("teamId", teamId(), "offTradeDistricts", java.util.List.of(area),
                "offTradeContactEmail", "offtrade-" + unique() + "@brewski.example")), 200);
        return ok(server.post("/public/offtrade/collection-requests", null, json("businessName", "Corner Deli",
                "contactName", "Sam", "contactEmail", "sam@deli.example", "postcode", area + "1 4DJ",
                "message", "Two kegs, please")), 201).get("request").get("id").asLong();
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> body(Object... namesAndValues) {
        return json(namesAndValues);
    }
}
