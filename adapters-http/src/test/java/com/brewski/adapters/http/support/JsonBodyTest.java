package com.brewski.adapters.http.support;

import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyTest {
    private final ObjectMapper mapper = JsonMapping.objectMapper();

    private JsonBody body(String json) throws Exception {
        return JsonBody.of((ObjectNode) mapper.readTree(json));
    }

    @Test
    void an_absent_field_is_an_absent_patch_and_null_is_a_set_to_null() throws Exception {
        JsonBody body = body("{\"billingName\":null,\"vatNumber\":\"GB1\"}");

        assertThat(body.stringPatch("billingName")).isEqualTo(Patch.set(null));
        assertThat(body.stringPatch("vatNumber")).isEqualTo(Patch.set("GB1"));
        assertThat(body.stringPatch("invoiceTerms")).isEqualTo(Patch.absent());
        assertThat(body.enumPatch("role", TeamRole::parse)).isEqualTo(Patch.absent());
        assertThat(body("{\"role\":null}").enumPatch("role", TeamRole::parse)).isEqualTo(Patch.set(null));
        assertThat(body("{\"role\":\"admin\"}").enumPatch("role", TeamRole::parse)).isEqualTo(Patch.set(TeamRole.ADMIN));
    }

    @Test
    void a_wrongly_typed_or_missing_field_is_refused_naming_it() throws Exception {
        JsonBody body = body("{\"flag\":\"true\",\"count\":1.5,\"big\":3000000000,\"text\":7,\"nested\":{\"town\":1}}");

        assertRefused(() -> body.optionalBoolean("flag"), "flag", "flag must be a boolean");
        assertRefused(() -> body.optionalInt("count"), "count", "count must be an integer");
        assertRefused(() -> body.optionalInt("big"), "big", "big is out of range");
        assertThat(body.optionalLong("big")).isEqualTo(3_000_000_000L);
        assertRefused(() -> body.optionalString("text"), "text", "text must be a string");
        assertRefused(() -> body.requiredString("absent"), "absent", "absent is required");
        assertRefused(() -> body.optionalObject("nested").optionalString("town"), "nested.town", "nested.town must be a string");
        assertRefused(() -> body.optionalObject("text"), "text", "text must be an object");
    }

    @Test
    void ids_must_be_canonical_uuids() throws Exception {
        UUID id = UUID.randomUUID();

        assertThat(body("{\"teamId\":\"" + id + "\"}").requiredUuid("teamId")).isEqualTo(id);
        assertRefused(() -> body("{\"teamId\":\"1-2-3-4-5\"}").requiredUuid("teamId"), "teamId", "teamId must be a valid id");
        assertRefused(() -> body("{}").requiredUuid("teamId"), "teamId", "teamId is required");
    }

    @Test
    void enums_are_parsed_by_the_domain_with_the_field_name() throws Exception {
        assertThat(body("{\"role\":\"owner\"}").requiredEnum("role", TeamRole::parse)).isEqualTo(TeamRole.OWNER);
        assertRefused(() -> body("{\"role\":\"boss\"}").requiredEnum("role", TeamRole::parse), "role",
                "role must be one of owner, admin, member");
    }

    @Test
    void a_decimal_with_too_many_whole_digits_is_out_of_range() throws Exception {
        JsonBody body = body("{\"quantity\":2.345,\"whole\":6,\"text\":\"1.5\",\"huge\":1e400,\"long\":1e30,\"vast\":1e999999999,\"none\":null}");

        assertThat(body.optionalDecimal("quantity")).isEqualByComparingTo("2.345");
        assertThat(body.optionalDecimal("quantity").toPlainString()).isEqualTo("2.345");
        assertThat(body.optionalDecimal("whole")).isEqualByComparingTo("6");
        assertThat(body.optionalDecimal("none")).isNull();
        assertThat(body.decimalPatch("none")).isEqualTo(Patch.set(null));
        assertThat(body.decimalPatch("absent")).isEqualTo(Patch.absent());
        assertRefused(() -> body.optionalDecimal("text"), "text", "text must be a number");
        assertRefused(() -> body.optionalDecimal("huge"), "huge", "huge is out of range");
        assertRefused(() -> body.optionalDecimal("long"), "long", "long is out of range");
        assertRefused(() -> body.optionalDecimal("vast"), "vast", "vast is out of range");
    }

    @Test
    void dates_and_timestamps_are_iso_8601_and_anything_else_is_refused_naming_the_field() throws Exception {
        JsonBody body = body("{\"issueDate\":\"2025-01-25\",\"dueDate\":\"25/01/2025\","
                + "\"at\":\"2025-03-10T09:00:00.000Z\",\"offset\":\"2025-03-10T10:00:00+01:00\",\"local\":\"2025-03-10T09:00:00\","
                + "\"cleared\":null}");

        assertThat(body.optionalDate("issueDate")).isEqualTo(LocalDate.of(2025, 1, 25));
        assertRefused(() -> body.optionalDate("dueDate"), "dueDate", "dueDate must be a date (YYYY-MM-DD)");
        assertThat(body.datePatch("cleared")).isEqualTo(Patch.set(null));
        assertThat(body.datePatch("absent")).isEqualTo(Patch.absent());
        assertThat(body.optionalInstant("at")).isEqualTo(Instant.parse("2025-03-10T09:00:00Z"));
        assertThat(body.optionalInstant("offset")).isEqualTo(Instant.parse("2025-03-10T09:00:00Z"));
        assertRefused(() -> body.optionalInstant("local"), "local", "local must be an ISO-8601 timestamp with a time zone");
        assertThat(body.instantPatch("cleared")).isEqualTo(Patch.set(null));
    }

    @Test
    void strings_with_a_nul_character_are_refused_naming_the_field() throws Exception {
        JsonBody body = body("{\"reference\":\"AUTH\\u00009821\",\"plain\":\"AUTH 9821\"}");

        assertRefused(() -> body.optionalString("reference"), "reference", "reference must not contain NUL characters");
        assertRefused(() -> body.stringPatch("reference"), "reference", "reference must not contain NUL characters");
        assertThat(body.optionalString("plain")).isEqualTo("AUTH 9821");
    }

    @Test
    void dates_and_timestamps_outside_four_digit_years_are_refused_naming_the_field() throws Exception {
        JsonBody body = body("{\"far\":\"+300000-01-01T00:00:00Z\",\"ancient\":\"-0001-01-01T00:00:00Z\","
                + "\"farDate\":\"+20000-01-01\",\"edge\":\"9999-12-31T23:59:59.999Z\",\"first\":\"0001-01-01\"}");

        assertRefused(() -> body.optionalInstant("far"), "far", "far must be an ISO-8601 timestamp with a time zone");
        assertRefused(() -> body.optionalInstant("ancient"), "ancient", "ancient must be an ISO-8601 timestamp with a time zone");
        assertRefused(() -> body.optionalDate("farDate"), "farDate", "farDate must be a date (YYYY-MM-DD)");
        assertThat(body.optionalInstant("edge")).isEqualTo(Instant.parse("9999-12-31T23:59:59.999Z"));
        assertThat(body.optionalDate("first")).isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void id_and_long_patches_keep_absent_and_null_apart() throws Exception {
        UUID id = UUID.randomUUID();
        JsonBody body = body("{\"groupId\":null,\"claimId\":\"" + id + "\",\"amountMinor\":5,\"freeAboveMinor\":null,\"bad\":\"x\"}");

        assertThat(body.uuidPatch("groupId")).isEqualTo(Patch.set(null));
        assertThat(body.uuidPatch("claimId")).isEqualTo(Patch.set(id));
        assertThat(body.uuidPatch("absent")).isEqualTo(Patch.absent());
        assertRefused(() -> body.uuidPatch("bad"), "bad", "bad must be a valid id");
        assertThat(body.longPatch("amountMinor")).isEqualTo(Patch.set(5L));
        assertThat(body.longPatch("freeAboveMinor")).isEqualTo(Patch.set(null));
        assertRefused(() -> body.longPatch("bad"), "bad", "bad must be an integer");
        assertThat(body.optionalEnum("role", TeamRole::parse)).isNull();
    }

    @Test
    void decimals_are_read_exactly_from_json_numbers_and_anything_else_is_refused() throws Exception {
        JsonBody body = body("{\"abv\":4.25,\"qty\":3,\"fine\":0.1000000000000000000001,\"text\":\"4.2\",\"flag\":true,"
                + "\"exact\":0.125,\"padded\":1.500000000,\"tiny\":1e-999999999,\"zero\":0e-999999999,\"big\":99999999999.999,"
                + "\"bigger\":100000000000}");

        assertThat(body.requiredDecimal("abv")).isEqualByComparingTo("4.25");
        assertThat(body.requiredDecimal("qty")).isEqualByComparingTo("3");
        assertThat(body.requiredDecimal("exact")).isEqualByComparingTo(new BigDecimal("0.125"));
        assertThat(body.requiredDecimal("padded").toPlainString()).isEqualTo("1.5");
        assertThat(body.requiredDecimal("zero")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(body.requiredDecimal("big")).isEqualByComparingTo(new BigDecimal("99999999999.999"));
        assertRefused(() -> body.requiredDecimal("fine"), "fine", "fine must have at most 3 decimal places");
        assertRefused(() -> body.requiredDecimal("tiny"), "tiny", "tiny must have at most 3 decimal places");
        assertRefused(() -> body.requiredDecimal("bigger"), "bigger", "bigger is out of range");
        assertThat(body.optionalDecimal("absent")).isNull();
        assertThat(body.decimalPatch("absent")).isEqualTo(Patch.absent());
        assertThat(body("{\"abv\":null}").decimalPatch("abv")).isEqualTo(Patch.set(null));
        assertRefused(() -> body.optionalDecimal("text"), "text", "text must be a number");
        assertRefused(() -> body.optionalDecimal("flag"), "flag", "flag must be a number");
        assertRefused(() -> body.requiredDecimal("absent"), "absent", "absent is required");
    }

    @Test
    void text_with_nul_lone_surrogates_or_bidi_controls_is_refused_naming_the_field() throws Exception {
        JsonBody body = body("{\"nul\":\"a\\u0000b\",\"high\":\"a\\ud800\",\"low\":\"\\udc00a\",\"swapped\":\"\\udc00\\ud800\","
                + "\"rlo\":\"gpj\\u202eexe\",\"lri\":\"\\u2066x\",\"rlm\":\"x\\u200f\",\"pair\":\"beer \\ud83c\\udf7a\","
                + "\"zwj\":\"a\\u200db\"}");

        assertRefused(() -> body.optionalString("nul"), "nul", "nul must not contain NUL characters");
        assertRefused(() -> body.optionalString("high"), "high", "high must not contain unpaired surrogates");
        assertRefused(() -> body.optionalString("low"), "low", "low must not contain unpaired surrogates");
        assertRefused(() -> body.optionalString("swapped"), "swapped", "swapped must not contain unpaired surrogates");
        assertRefused(() -> body.optionalString("rlo"), "rlo", "rlo must not contain bidirectional control characters");
        assertRefused(() -> body.optionalString("lri"), "lri", "lri must not contain bidirectional control characters");
        assertRefused(() -> body.optionalString("rlm"), "rlm", "rlm must not contain bidirectional control characters");
        assertThat(body.optionalString("pair")).isEqualTo("beer \uD83C\uDF7A");
        assertThat(body.optionalString("zwj")).isEqualTo("a\u200Db");
    }

    private static void assertRefused(ThrowingCall call, String field, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Object run() throws Exception;
    }
}
