package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.testing.ApiResponse;
import com.brewski.adapters.http.testing.RunningApi;
import com.brewski.adapters.http.testing.RunningApi.User;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsRoutesTest {
    private final RunningApi api = RunningApi.start();
    private final User owner = api.register("owner@example.com");
    private final String teamId = api.createTeam(owner, "Hop Co");

    @AfterEach
    void stop() {
        api.close();
    }

    private ApiResponse put(Object body) {
        return api.put("/settings", owner.accessToken(), body);
    }

    private Map<String, Object> change(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamId", teamId);
        for (int i = 0; i < pairs.length; i += 2) body.put((String) pairs[i], pairs[i + 1]);
        return body;
    }

    @Test
    void a_member_reads_the_settings() {
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, member, "member");

        ApiResponse response = api.get("/settings?teamId=" + teamId, member.accessToken());

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("teamId").asText()).isEqualTo(teamId);
        assertThat(json.path("teamName").asText()).isEqualTo("Hop Co");
        assertThat(json.path("currencySymbol").asText()).isEqualTo("£");
        assertThat(json.path("locale").asText()).isEqualTo("en-GB");
        assertThat(json.path("obscureOrderNumber").asBoolean()).isFalse();
        assertThat(json.path("defaultPaymentTermsAmount").asInt()).isEqualTo(30);
        assertThat(json.path("defaultPaymentTermsUnit").asText()).isEqualTo("days");
        assertThat(json.path("operatingMode").asText()).isEqualTo("brewery");
        assertThat(json.path("offTradeContactEmail").isNull()).isTrue();
        assertThat(json.path("billingName").isNull()).isTrue();
        assertThat(json.path("location").path("town").isNull()).isTrue();
        assertThat(json.path("updatedAt").asText()).isEqualTo("2025-03-01T09:00:00.000Z");
        for (String type : new String[]{"keg", "cask", "can", "bottle"}) {
            assertThat(json.path("deposits").path(type).path("enabled").asBoolean()).as(type).isFalse();
            assertThat(json.path("deposits").path(type).has("amountMinor")).as(type).isTrue();
            assertThat(json.path("deposits").path(type).path("amountMinor").isNull()).as(type).isTrue();
        }
    }

    @Test
    void reading_settings_without_or_with_a_malformed_team_id_answers_400_naming_team_id() {
        ApiResponse missing = api.get("/settings", owner.accessToken());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("teamId is required");
        ApiResponse malformed = api.get("/settings?teamId=abc", owner.accessToken());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.message()).isEqualTo("teamId must be a valid id");
        ApiResponse unknown = api.get("/settings?teamId=" + UUID.randomUUID(), owner.accessToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.message()).isEqualTo("Team not found");
    }

    @Test
    void a_partial_change_leaves_absent_fields_unchanged() {
        put(change("billingName", "Hop Co Ltd", "vatNumber", "GB1"));
        api.fixture.clock.advance(Duration.ofMinutes(5));

        ApiResponse response = put(change("currencySymbol", "$", "teamName", "Hop Co Brewing"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("currencySymbol").asText()).isEqualTo("$");
        assertThat(json.path("teamName").asText()).isEqualTo("Hop Co Brewing");
        assertThat(json.path("billingName").asText()).isEqualTo("Hop Co Ltd");
        assertThat(json.path("vatNumber").asText()).isEqualTo("GB1");
        assertThat(json.path("locale").asText()).isEqualTo("en-GB");
        assertThat(json.path("updatedAt").asText()).isEqualTo("2025-03-01T09:05:00.000Z");
        assertThat(api.get("/teams/" + teamId, owner.accessToken()).json().path("team").path("name").asText())
                .isEqualTo("Hop Co Brewing");
        assertThat(api.get("/settings?teamId=" + teamId, owner.accessToken()).json()).isEqualTo(json);
    }

    @Test
    void every_field_can_be_changed() {
        ApiResponse response = put(change(
                "locale", "de-DE", "obscureOrderNumber", true, "billingAddress", "1 Mash Lane",
                "paymentDetails", "IBAN", "invoiceTerms", "Net 14", "defaultPaymentTermsAmount", 14,
                "defaultPaymentTermsUnit", "weeks", "operatingMode", "shop",
                "location", Map.of("town", "Leeds", "country", "England"),
                "offTradeContactEmail", "offtrade@hopco.example"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("locale").asText()).isEqualTo("de-DE");
        assertThat(json.path("obscureOrderNumber").asBoolean()).isTrue();
        assertThat(json.path("billingAddress").asText()).isEqualTo("1 Mash Lane");
        assertThat(json.path("paymentDetails").asText()).isEqualTo("IBAN");
        assertThat(json.path("invoiceTerms").asText()).isEqualTo("Net 14");
        assertThat(json.path("defaultPaymentTermsAmount").asInt()).isEqualTo(14);
        assertThat(json.path("defaultPaymentTermsUnit").asText()).isEqualTo("weeks");
        assertThat(json.path("operatingMode").asText()).isEqualTo("shop");
        assertThat(json.path("location").path("town").asText()).isEqualTo("Leeds");
        assertThat(json.path("location").path("country").asText()).isEqualTo("England");
        assertThat(json.path("offTradeContactEmail").asText()).isEqualTo("offtrade@hopco.example");
    }

    @Test
    void null_clears_a_nullable_field() {
        put(change("billingName", "Hop Co Ltd", "offTradeContactEmail", "offtrade@hopco.example",
                "location", Map.of("town", "Leeds")));

        ApiResponse response = put(change("billingName", null, "offTradeContactEmail", null, "location", null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("billingName").isNull()).isTrue();
        assertThat(response.json().path("offTradeContactEmail").isNull()).isTrue();
        assertThat(response.json().path("location").path("town").isNull()).isTrue();
    }

    @Test
    void null_on_a_required_field_answers_400_naming_it() {
        for (String field : new String[]{"teamName", "currencySymbol", "locale", "obscureOrderNumber",
                "defaultPaymentTermsAmount", "defaultPaymentTermsUnit", "operatingMode"}) {
            ApiResponse response = put(change(field, null));
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.message()).as(field).isEqualTo(field + " cannot be null");
        }
        assertThat(api.get("/settings?teamId=" + teamId, owner.accessToken()).json().path("teamName").asText()).isEqualTo("Hop Co");
    }

    @Test
    void a_bad_team_name_is_named_team_name() {
        assertBadRequest(change("teamName", "  "), "teamName is required");
        assertBadRequest(change("teamName", "x".repeat(201)), "teamName must be at most 200 characters");
    }

    @Test
    void a_wrongly_typed_field_answers_400_naming_it() {
        assertBadRequest(change("obscureOrderNumber", "true"), "obscureOrderNumber must be a boolean");
        assertBadRequest(change("defaultPaymentTermsAmount", "30"), "defaultPaymentTermsAmount must be an integer");
        assertBadRequest(change("currencySymbol", 5), "currencySymbol must be a string");
        assertBadRequest(change("location", Map.of("town", 12)), "location.town must be a string");
        assertBadRequest(change("defaultPaymentTermsAmount", 366), "defaultPaymentTermsAmount must be between 0 and 365");
    }

    @Test
    void the_off_trade_contact_email_must_be_an_email() {
        assertBadRequest(change("offTradeContactEmail", "not an email"), "offTradeContactEmail must be a valid email address");
        assertBadRequest(change("offTradeContactEmail", ""), "offTradeContactEmail is required");
    }

    @Test
    void deposits_change_per_container_type() {
        put(change("deposits", Map.of("cask", Map.of("enabled", true, "amountMinor", 2500))));

        ApiResponse response = put(change("deposits", Map.of("keg", Map.of("enabled", true, "amountMinor", 3000),
                "can", Map.of("enabled", false))));

        assertThat(response.status()).isEqualTo(200);
        JsonNode deposits = response.json().path("deposits");
        assertThat(deposits.path("keg").path("enabled").asBoolean()).isTrue();
        assertThat(deposits.path("keg").path("amountMinor").asLong()).isEqualTo(3000);
        assertThat(deposits.path("cask").path("enabled").asBoolean()).isTrue();
        assertThat(deposits.path("cask").path("amountMinor").asLong()).isEqualTo(2500);
        assertThat(deposits.path("can").path("enabled").asBoolean()).isFalse();
        assertThat(deposits.path("can").path("amountMinor").isNull()).isTrue();
        assertThat(deposits.path("bottle").path("enabled").asBoolean()).isFalse();
    }

    @Test
    void bad_deposits_answer_400_naming_the_deposit_field() {
        assertBadRequest(change("deposits", Map.of("pint", Map.of("enabled", true))), "deposits.pint must be one of keg, cask, can, bottle");
        assertBadRequest(change("deposits", Map.of("keg", Map.of("enabled", true, "amountMinor", -1))),
                "deposits.keg.amountMinor must be 0 or more");
        assertBadRequest(change("deposits", Map.of("keg", Map.of("enabled", true, "amountMinor", "ten"))),
                "deposits.keg.amountMinor must be an integer");
        assertBadRequest(change("deposits", Map.of("keg", Map.of("amountMinor", 10))), "deposits.keg.enabled is required");
        assertBadRequest(change("deposits", Map.of("keg", true)), "deposits.keg must be an object");
        assertBadRequest(change("deposits", null), "deposits must be an object");
    }

    @Test
    void a_change_without_any_setting_answers_400() {
        assertBadRequest(change(), "at least one setting is required");
    }

    @Test
    void a_change_without_or_with_a_malformed_team_id_answers_400_naming_team_id() {
        assertBadRequest(Map.of("currencySymbol", "$"), "teamId is required");
        assertBadRequest(Map.of("teamId", "abc", "currencySymbol", "$"), "teamId must be a valid id");
    }

    @Test
    void a_plain_member_cannot_change_settings_but_an_admin_can() {
        User member = api.register("member@example.com");
        User admin = api.register("admin@example.com");
        api.addMember(owner, teamId, member, "member");
        api.addMember(owner, teamId, admin, "admin");

        ApiResponse byMember = api.put("/settings", member.accessToken(), change("currencySymbol", "$"));
        ApiResponse byAdmin = api.put("/settings", admin.accessToken(), change("currencySymbol", "€"));

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byMember.message()).isEqualTo("forbidden");
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().path("currencySymbol").asText()).isEqualTo("€");
    }

    @Test
    void settings_need_a_signed_in_user() {
        assertThat(api.get("/settings?teamId=" + teamId, null).status()).isEqualTo(401);
        assertThat(api.put("/settings", null, change("currencySymbol", "$")).status()).isEqualTo(401);
    }

    private void assertBadRequest(Object body, String message) {
        ApiResponse response = put(body);
        assertThat(response.status()).as(String.valueOf(body)).isEqualTo(400);
        assertThat(response.message()).as(String.valueOf(body)).isEqualTo(message);
    }
}
