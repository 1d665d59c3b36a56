package com.brewski.bootstrap.offtrade;

import com.brewski.bootstrap.testing.TestServer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scenario steps shared by the off-trade end-to-end tests. */
final class OffTrade {
    static final String INTAKE = "/public/offtrade/collection-requests";

    private OffTrade() {}

    /** A request body from a buyer at a postcode (district left to default). */
    static Map<String, Object> request(String business, String postcode) {
        Map<String, Object> body = new HashMap<>();
        body.put("businessName", business);
        body.put("contactName", "Sam Buyer");
        body.put("contactEmail", "sam@" + business.toLowerCase().replaceAll("[^a-z]", "") + ".example");
        body.put("contactPhone", "0117 496 0000");
        body.put("postcode", postcode);
        body.put("message", "Two kegs of pale for Friday, please");
        return body;
    }

    /** Sets where the team collects and its contact email (null leaves the email unset). */
    static void settings(TestServer server, String token, String teamId, String contactEmail, String... districts) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamId", teamId);
        body.put("offTradeDistricts", List.of(districts));
        if (contactEmail != null) body.put("offTradeContactEmail", contactEmail);
        TestServer.Response response = server.put("/settings", token, body);
        if (response.status() != 200) throw new AssertionError("settings failed: " + response);
    }

    static long submit(TestServer server, Map<String, Object> body) {
        TestServer.Response response = server.post(INTAKE, null, body);
        if (response.status() != 201) throw new AssertionError("intake failed: " + response);
        return response.json().path("request").path("id").asLong();
    }

    static String retryPath(long id) {
        return "/offtrade/collection-requests/" + id + "/retry";
    }
}
