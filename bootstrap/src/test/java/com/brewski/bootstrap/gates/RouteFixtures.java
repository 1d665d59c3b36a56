package com.brewski.bootstrap.gates;

import com.brewski.bootstrap.testing.Teams.User;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.brewski.bootstrap.gates.World.json;

/**
 * What each route of the route table needs for a successful request on behalf of the owning team:
 * its concrete path and body, built from fresh resources. A route without a fixture here fails the
 * authorisation matrix, so a new route is given one line (or two) here.
 */
final class RouteFixtures {
    /** One request: the concrete path, a JSON body (a map), an {@link Upload} or none, and whether it ends the caller's session. */
    record Call(String path, Object body, boolean endsSession) {
        Call(String path, Object body) {
            this(path, body, false);
        }

        Call(String path) {
            this(path, null, false);
        }
    }

    /** A multipart upload of one file in the field {@code image}. */
    record Upload(String filename, String contentType, byte[] content, Map<String, String> fields) {
        Upload(String filename, String contentType, byte[] content) {
            this(filename, contentType, content, Map.of());
        }

        static Upload png() {
            return new Upload("logo.png", "image/png", Owned.png());
        }

        /** A PNG with plain form fields beside it. */
        static Upload png(Map<String, String> fields) {
            return new Upload("image.png", "image/png", Owned.png(), fields);
        }
    }

    /** A JSON body sent with the payment webhook's signature header. */
    record Signed(String json, String signature) {}

    interface Fixture {
        Call build(Owned owned);
    }

    private final Map<String, Fixture> fixtures = new LinkedHashMap<>();

    private void add(String key, Fixture fixture) {
        if (fixtures.put(key, fixture) != null) throw new IllegalStateException("fixture declared twice: " + key);
    }

    Map<String, Fixture> all() {
        return fixtures;
    }

    RouteFixtures() {
        // --- system and identity
        add("GET /health", o -> new Call("/health"));
        add("GET /health/ready", o -> new Call("/health/ready"));
        add("GET /openapi.json", o -> new Call("/openapi.json"));
        add("GET /metrics", o -> new Call("/metrics")); // public in the table: its own token, or loopback (the test's case)
        add("GET /files/<key>", o -> new Call(o.logo()));
        add("POST /auth/register", o -> new Call("/auth/register", json("email", "new-" + java.util.UUID.randomUUID() + "@brewski.example",
                "password", World.PASSWORD, "name", "New")));
        add("POST /auth/login", o -> {
            User user = o.stranger();
            return new Call("/auth/login", json("email", user.email(), "password", World.PASSWORD));
        });
        add("POST /auth/refresh", o -> new Call("/auth/refresh", json("refreshToken", o.stranger().refreshToken())));
        add("POST /auth/logout", o -> new Call("/auth/logout", json("refreshToken", o.stranger().refreshToken()), true));
        add("GET /me", o -> new Call("/me"));
        add("POST /teams", o -> new Call("/teams", json("name", "Founded Brewery")));
        add("GET /teams/{teamId}", o -> new Call("/teams/" + o.teamId()));
        add("GET /teams/{teamId}/members", o -> new Call("/teams/" + o.teamId() + "/members"));
        add("POST /teams/{teamId}/members", o -> new Call("/teams/" + o.teamId() + "/members",
                json("email", o.stranger().email(), "role", "member")));
        add("PATCH /teams/{teamId}/members/{userId}", o -> new Call("/teams/" + o.teamId() + "/members/" + o.memberId(),
                json("role", "admin")));
        add("DELETE /teams/{teamId}/members/{userId}", o -> new Call("/teams/" + o.teamId() + "/members/" + o.memberId()));
        add("POST /teams/{teamId}/members/{userId}/owner", o -> new Call("/teams/" + o.teamId() + "/members/" + o.memberId() + "/owner"));
        add("POST /teams/{teamId}/logo", o -> new Call("/teams/" + o.teamId() + "/logo", Upload.png()));
        add("GET /teams/{teamId}/logo", o -> {
            o.logo();
            return new Call("/teams/" + o.teamId() + "/logo");
        });
        add("DELETE /teams/{teamId}/logo", o -> {
            o.logo();
            return new Call("/teams/" + o.teamId() + "/logo");
        });
        add("GET /settings", o -> new Call("/settings?teamId=" + o.teamId()));
        add("PUT /settings", o -> new Call("/settings", json("teamId", o.teamId(), "invoiceTerms", "Payment within 30 days")));
        add("GET /platform/members", o -> new Call("/platform/members"));
        add("POST /platform/members", o -> new Call("/platform/members", json("email", o.stranger().email(), "role", "support")));
        add("DELETE /platform/members/{userId}", o -> new Call("/platform/members/" + o.supportId()));
        add("GET /activity", o -> new Call("/activity?teamId=" + o.teamId()));

        // --- catalogue
        add("GET /containers", o -> new Call("/containers?teamId=" + o.teamId()));
        add("POST /containers", o -> new Call("/containers", json("teamId", o.teamId(), "name", "Cask", "containerType", "cask",
                "volumeMl", 40_000, "defaultBbeMonths", 2, "isReturnable", true)));
        add("POST /containers/remove-unused", o -> new Call("/containers/remove-unused", json("teamId", o.teamId())));
        add("PATCH /containers/{containerId}", o -> new Call("/containers/" + o.container(), json("name", "Renamed keg")));
        add("DELETE /containers/{containerId}", o -> new Call("/containers/" + o.container()));
        add("GET /beers", o -> new Call("/beers?teamId=" + o.teamId()));
        add("POST /beers", o -> new Call("/beers", json("teamId", o.teamId(), "name", "Stout", "inventoryMode", "manual")));
        add("GET /beers/{beerId}", o -> new Call("/beers/" + o.beer()));
        add("PATCH /beers/{beerId}", o -> new Call("/beers/" + o.beer(), json("style", "Pilsner")));
        add("PUT /beers/{beerId}/stock", o -> new Call("/beers/" + o.beer() + "/stock", json("containerId", o.container(), "quantity", 5)));
        add("GET /multipacks", o -> new Call("/multipacks?teamId=" + o.teamId()));
        add("POST /multipacks", o -> new Call("/multipacks", json("teamId", o.teamId(), "name", "Mixed 6", "packSize", 6,
                "beerId", o.beer(), "containerId", o.container(), "defaultPriceMinor", 900)));
        add("PATCH /multipacks/{multipackId}", o -> new Call("/multipacks/" + o.multipack(), json("packSize", 24)));
        add("DELETE /multipacks/{multipackId}", o -> new Call("/multipacks/" + o.multipack()));
        add("GET /pricebooks", o -> new Call("/pricebooks?teamId=" + o.teamId()));
        add("POST /pricebooks", o -> new Call("/pricebooks", json("teamId", o.teamId(), "name", "Wholesale")));
        add("PATCH /pricebooks/{pricebookId}", o -> new Call("/pricebooks/" + o.pricebook(), json("name", "Renamed")));
        add("DELETE /pricebooks/{pricebookId}", o -> new Call("/pricebooks/" + o.pricebook()));
        add("POST /pricebooks/{pricebookId}/items", o -> new Call("/pricebooks/" + o.pricebook() + "/items",
                json("beerId", o.beer(), "containerId", o.container(), "priceMinor", 700)));
        add("PATCH /pricebooks/{pricebookId}/items/{itemId}", o -> {
            String book = o.pricebook();
            return new Call("/pricebooks/" + book + "/items/" + o.pricebookItem(book), json("priceMinor", 650));
        });
        add("DELETE /pricebooks/{pricebookId}/items/{itemId}", o -> {
            String book = o.pricebook();
            return new Call("/pricebooks/" + book + "/items/" + o.pricebookItem(book));
        });

        // --- clients
        add("GET /clients", o -> new Call("/clients?teamId=" + o.teamId()));
        add("GET /clients/search", o -> new Call("/clients/search?teamId=" + o.teamId() + "&query=Bar"));
        add("POST /clients", o -> new Call("/clients", json("teamId", o.teamId(), "name", "The Crown")));
        add("GET /clients/{clientId}", o -> new Call("/clients/" + o.client()));
        add("PATCH /clients/{clientId}", o -> new Call("/clients/" + o.client(), json("name", "The Crown & Anchor")));
        add("POST /clients/{clientId}/delivery-sites", o -> new Call("/clients/" + o.client() + "/delivery-sites",
                json("name", "Cellar door", "address", json("line1", "Back Lane", "postcode", "BS1 4DJ"))));
        add("PATCH /clients/{clientId}/delivery-sites/{siteId}", o -> {
            String client = o.client();
            return new Call("/clients/" + client + "/delivery-sites/" + o.deliverySite(client), json("name", "Side door"));
        });
        add("DELETE /clients/{clientId}/delivery-sites/{siteId}", o -> {
            String client = o.client();
            return new Call("/clients/" + client + "/delivery-sites/" + o.deliverySite(client));
        });

        // --- orders, payments, returns, documents, shipping rules
        add("GET /orders/summary", o -> new Call("/orders/summary?teamId=" + o.teamId()));
        add("GET /orders", o -> new Call("/orders?teamId=" + o.teamId()));
        add("POST /orders", o -> new Call("/orders", json("teamId", o.teamId(), "clientId", o.client())));
        add("GET /orders/{orderId}", o -> new Call("/orders/" + o.order()));
        add("PATCH /orders/{orderId}", o -> new Call("/orders/" + o.order(), json("notes", "Ring twice")));
        add("PATCH /orders/{orderId}/dispatch", o -> new Call("/orders/" + o.order() + "/dispatch", json("dispatchStatus", "packed")));
        add("POST /orders/{orderId}/items", o -> new Call("/orders/" + o.order() + "/items", json("kind", "custom",
                "description", "Delivery", "quantity", 1, "unitPriceMinor", 250)));
        add("PATCH /orders/{orderId}/items/{itemId}", o -> {
            String order = o.order();
            return new Call("/orders/" + order + "/items/" + o.orderItem(order), json("quantity", 3));
        });
        add("DELETE /orders/{orderId}/items/{itemId}", o -> {
            String order = o.order();
            return new Call("/orders/" + order + "/items/" + o.orderItem(order));
        });
        add("GET /group-orders", o -> new Call("/group-orders?teamId=" + o.teamId() + "&groupId=" + o.joinedGroup()));
        add("POST /orders/{orderId}/payments", o -> new Call("/orders/" + o.order() + "/payments", json("amountMinor", 400,
                "paymentMethod", "card", "paidAt", "2025-03-01T10:00:00.000Z")));
        add("GET /orders/{orderId}/payments", o -> new Call("/orders/" + o.order() + "/payments"));
        add("POST /returns", o -> new Call("/returns", json("teamId", o.teamId(), "clientId", o.client(), "containerId", o.container(),
                "quantity", 1)));
        add("GET /returns", o -> new Call("/returns?teamId=" + o.teamId()));
        add("POST /orders/{orderId}/invoice", o -> new Call("/orders/" + o.order() + "/invoice"));
        add("POST /orders/{orderId}/delivery-note", o -> new Call("/orders/" + o.order() + "/delivery-note"));
        add("GET /orders/{orderId}/documents", o -> new Call("/orders/" + o.order() + "/documents"));
        add("GET /orders/{orderId}/documents/{documentId}/file", o -> {
            String order = o.order();
            return new Call("/orders/" + order + "/documents/" + o.invoice(order) + "/file");
        });
        add("GET /shipping-rules", o -> new Call("/shipping-rules?teamId=" + o.teamId()));
        add("POST /shipping-rules", o -> new Call("/shipping-rules", json("teamId", o.teamId(), "name", "Regional", "amountMinor", 900)));
        add("PATCH /shipping-rules/{ruleId}", o -> new Call("/shipping-rules/" + o.shippingRule(), json("amountMinor", 950)));
        add("DELETE /shipping-rules/{ruleId}", o -> new Call("/shipping-rules/" + o.shippingRule()));

        // --- groups and group claims
        add("GET /groups", o -> new Call("/groups?teamId=" + o.teamId()));
        add("POST /groups", o -> new Call("/groups", json("teamId", o.teamId(), "name", "Somerset Brewers", "regionLabel", "Somerset")));
        add("GET /groups/{groupId}", o -> new Call("/groups/" + o.group()));
        // platform staff change shop visibility; the group's managers change its details
        add("PATCH /groups/{groupId}", o -> new Call("/groups/" + o.group(), o.caller.platform()
                ? json("shopVisible", true) : json("teamId", o.teamId(), "description", "Brewers of the west")));
        add("GET /groups/{groupId}/members", o -> new Call("/groups/" + o.group() + "/members"));
        add("POST /groups/{groupId}/leave", o -> new Call("/groups/" + o.joinedGroup() + "/leave", json("teamId", o.teamId())));
        add("GET /groups/{groupId}/invitations", o -> new Call("/groups/" + o.group() + "/invitations"));
        add("POST /groups/{groupId}/invitations/internal", o -> new Call("/groups/" + o.group() + "/invitations/internal",
                json("teamId", o.teamId(), "inviteeTeamId", o.partnerId())));
        add("POST /groups/{groupId}/invitations/{inviteId}/accept", o -> {
            String[] invitation = o.invitationFromPartner();
            return new Call("/groups/" + invitation[0] + "/invitations/" + invitation[1] + "/accept", json("teamId", o.teamId()));
        });
        add("POST /groups/{groupId}/invitations/{inviteId}/decline", o -> {
            String[] invitation = o.invitationFromPartner();
            return new Call("/groups/" + invitation[0] + "/invitations/" + invitation[1] + "/decline", json("teamId", o.teamId()));
        });
        add("DELETE /groups/{groupId}/invitations/{inviteId}", o -> {
            String[] invitation = o.invitationOfPartner();
            return new Call("/groups/" + invitation[0] + "/invitations/" + invitation[1] + "?teamId=" + o.teamId());
        });
        add("POST /orders/{orderId}/group/claim", o -> new Call("/orders/" + o.claimableOrder()[1] + "/group/claim",
                json("teamId", o.teamId())));
        add("POST /orders/{orderId}/group/transfer", o -> new Call("/orders/" + o.claimedOrder() + "/group/transfer",
                json("teamId", o.partnerId())));
        add("POST /orders/{orderId}/group/release", o -> new Call("/orders/" + o.claimedOrder() + "/group/release"));
        // --- off-trade collection requests and their admin page
        add("POST /public/offtrade/collection-requests", o -> new Call("/public/offtrade/collection-requests",
                json("businessName", "Corner Deli", "contactName", "Sam", "contactEmail", "sam@deli.example",
                        "postcode", "ZE1 0AA", "message", "Two kegs, please")));
        add("GET /offtrade/collection-requests", o -> new Call("/offtrade/collection-requests?teamId=" + o.teamId()));
        add("POST /offtrade/collection-requests/{id}/retry", o -> new Call("/offtrade/collection-requests/"
                + o.collectionRequest() + "/retry", json("teamId", o.teamId())));
        add("GET /orders/collection-requests", o -> new Call("/orders/collection-requests"));
        add("GET /orders/collection-requests/assets/app.css", o -> new Call("/orders/collection-requests/assets/app.css"));
        add("GET /orders/collection-requests/assets/app.js", o -> new Call("/orders/collection-requests/assets/app.js"));

        add("GET /groups/{groupId}/orders/claimable", o -> new Call("/groups/" + o.joinedGroup() + "/orders/claimable?teamId=" + o.teamId()));

        // --- homepage promotions and the hero carousel (platform staff; the storefront reads them)
        add("GET /shop/homepage-promotions", o -> {
            o.promotion(); // so the list has one and offers no fallback team
            return new Call("/shop/homepage-promotions");
        });
        add("POST /shop/homepage-promotions", o -> new Call("/shop/homepage-promotions",
                Upload.png(Map.of("teamId", o.teamId(), "startsAt", "2025-04-01T08:00"))));
        add("GET /shop/homepage-promotions/current", o -> new Call("/shop/homepage-promotions/current"));
        add("PATCH /shop/homepage-promotions/{id}", o -> new Call("/shop/homepage-promotions/" + o.promotion(),
                json("mainTitle", "Featured brewery")));
        add("POST /shop/homepage-promotions/{id}/default", o -> new Call("/shop/homepage-promotions/" + o.promotion() + "/default"));
        add("DELETE /shop/homepage-promotions/{id}", o -> new Call("/shop/homepage-promotions/" + o.promotion()));
        add("GET /public/team-promotion", o -> new Call("/public/team-promotion"));
        add("GET /shop/homepage-hero", o -> new Call("/shop/homepage-hero"));
        add("POST /shop/homepage-hero", o -> new Call("/shop/homepage-hero",
                Upload.png(Map.of("category", "Highlight", "title", "Discover breweries", "message", "Fresh releases"))));
        add("PATCH /shop/homepage-hero/{id}", o -> new Call("/shop/homepage-hero/" + o.hero(), json("title", "New title")));
        add("POST /shop/homepage-hero/{id}/reorder", o -> new Call("/shop/homepage-hero/" + o.hero() + "/reorder",
                json("direction", "up")));
        add("DELETE /shop/homepage-hero/{id}", o -> new Call("/shop/homepage-hero/" + o.hero()));
        add("GET /public/hero", o -> new Call("/public/hero"));

        // --- shop (platform staff), publish-beers and the public slug (the team's managers), storefront reads
        add("PATCH /teams/{teamId}", o -> new Call("/teams/" + o.teamId(), json("publicSlug", "owning-" + java.util.UUID.randomUUID())));
        add("POST /shop/{teamId}/publish-beers", o -> {
            o.beer();
            return new Call("/shop/" + o.teamId() + "/publish-beers");
        });
        add("GET /shop/navigation", o -> new Call("/shop/navigation"));
        add("PATCH /shop/navigation/{id}", o -> new Call("/shop/navigation/" + o.navigationItem(), json("enabled", true)));
        add("GET /shop/teams/search", o -> new Call("/shop/teams/search?q=Owning"));
        add("GET /shop/teams/{teamId}/groups", o -> {
            o.shopGroup();
            return new Call("/shop/teams/" + o.teamId() + "/groups");
        });
        add("GET /shop/upsells", o -> new Call("/shop/upsells?includeInactive=true"));
        add("GET /shop/upsells/{id}", o -> new Call("/shop/upsells/" + o.upsell()));
        add("POST /shop/upsells", o -> new Call("/shop/upsells", json("name", "Keykeg coupler " + java.util.UUID.randomUUID(),
                "couplerType", "keykeg", "priceMinor", 4500, "currencySymbol", "£")));
        add("PATCH /shop/upsells/{id}", o -> new Call("/shop/upsells/" + o.upsell(), json("displayOrder", 5)));
        add("DELETE /shop/upsells/{id}", o -> new Call("/shop/upsells/" + o.upsell()));
        add("POST /shop/upsells/{id}/images", o -> new Call("/shop/upsells/" + o.upsell() + "/images", Upload.png()));
        add("PATCH /shop/upsells/{id}/images/{imageId}/default", o -> {
            String[] image = o.upsellImage();
            return new Call("/shop/upsells/" + image[0] + "/images/" + image[1] + "/default");
        });
        add("DELETE /shop/upsells/{id}/images/{imageId}", o -> {
            String[] image = o.upsellImage();
            return new Call("/shop/upsells/" + image[0] + "/images/" + image[1]);
        });
        add("GET /shop/homepage-featured-groups", o -> new Call("/shop/homepage-featured-groups"));
        add("PUT /shop/homepage-featured-groups/{position}", o -> {
            o.clearFeaturedSlots();
            return new Call("/shop/homepage-featured-groups/1", json("teamId", o.teamId(), "groupId", o.shopGroup()));
        });
        add("DELETE /shop/homepage-featured-groups/{position}", o -> new Call("/shop/homepage-featured-groups/2"));
        add("GET /public/shop/navigation", o -> new Call("/public/shop/navigation"));
        add("GET /public/upsells", o -> new Call("/public/upsells"));
        add("GET /public/groups", o -> new Call("/public/groups"));
        add("GET /public/featured-groups", o -> {
            o.clearFeaturedSlots();
            return new Call("/public/featured-groups");
        });

        // --- vouchers (platform staff; checkout and the signed payment webhook are public)
        add("POST /admin/partners", o -> new Call("/admin/partners", json("name", "Zendit", "kind", "zendit")));
        add("GET /admin/partners", o -> new Call("/admin/partners"));
        add("POST /admin/partners/{id}/codes", o -> {
            VoucherWorld v = o.world.vouchers();
            return new Call("/admin/partners/" + v.partner("preloaded") + "/codes", json("variantId", v.newVariant(),
                    "codes", java.util.List.of(json("code", "GATE-" + java.util.UUID.randomUUID()))));
        });
        add("POST /admin/voucher-products", o -> new Call("/admin/voucher-products", json("name", "Amazon", "brand", "Amazon")));
        add("GET /admin/voucher-products", o -> new Call("/admin/voucher-products"));
        add("POST /admin/voucher-products/{id}/variants", o -> new Call("/admin/voucher-products/" + o.world.vouchers().product() + "/variants",
                json("name", "£20", "priceMinor", 2000)));
        add("POST /admin/variants/{id}/sources", o -> {
            VoucherWorld v = o.world.vouchers();
            return new Call("/admin/variants/" + v.newVariant() + "/sources", json("partnerId", v.partner("zendit"), "offerId", "offer-1",
                    "priority", 1));
        });
        add("PATCH /admin/partner-sources/{id}", o -> new Call("/admin/partner-sources/" + o.world.vouchers().source(), json("priority", 7)));
        add("POST /public/voucher-orders", o -> new Call("/public/voucher-orders", json("email", "buyer@example.com",
                "items", java.util.List.of(json("variantId", o.world.vouchers().variant(), "quantity", 2)))));
        add("POST /webhooks/payments", o -> {
            VoucherWorld v = o.world.vouchers();
            return new Call("/webhooks/payments", v.event(v.order(), "payment.failed"));
        });
        add("GET /admin/orders", o -> new Call("/admin/orders?status=NEEDS_ATTENTION"));
        add("GET /admin/orders/{id}", o -> new Call("/admin/orders/" + o.world.vouchers().order().get("id").asLong()));
        add("GET /admin/alerts", o -> new Call("/admin/alerts?status=open"));
        add("POST /admin/orders/{id}/fulfillment/manual-code", o -> {
            var order = o.world.vouchers().paidOrder();
            return new Call("/admin/orders/" + order.get("id").asLong() + "/fulfillment/manual-code",
                    json("orderItemId", order.at("/items/0/id").asLong(), "code", "GATE-" + java.util.UUID.randomUUID()));
        });
        add("POST /admin/orders/{id}/fulfillment/manual-codes", o -> {
            var order = o.world.vouchers().paidOrder();
            return new Call("/admin/orders/" + order.get("id").asLong() + "/fulfillment/manual-codes", json("items", java.util.List.of(
                    json("orderItemId", order.at("/items/0/id").asLong(), "codes", java.util.List.of(json("code", "GATE-" + java.util.UUID.randomUUID()))))));
        });
        add("POST /admin/orders/{id}/fulfillment/resend-email", o -> new Call("/admin/orders/"
                + o.world.vouchers().dispatchedOrder().get("id").asLong() + "/fulfillment/resend-email", json("notes", "again")));
        add("POST /admin/orders/{id}/fulfillment/partner-retry", o -> {
            var order = o.world.vouchers().paidOrder();
            return new Call("/admin/orders/" + order.get("id").asLong() + "/fulfillment/partner-retry",
                    json("orderItemId", order.at("/items/0/id").asLong()));
        });
        add("GET /admin/orders/{id}/fulfillment-attempts", o -> new Call("/admin/orders/"
                + o.world.vouchers().order().get("id").asLong() + "/fulfillment-attempts"));
    }
}
