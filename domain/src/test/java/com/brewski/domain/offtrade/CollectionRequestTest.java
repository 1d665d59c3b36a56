package com.brewski.domain.offtrade;

import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionRequestTest {
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private static CollectionRequest.Submission submission(District district, String message) {
        return new CollectionRequest.Submission(" Corner Deli ", "Sam", new Email("sam@deli.example"), "0117 496 0000",
                new Postcode("bs1 4dj"), district, message);
    }

    @Test
    void the_district_defaults_to_the_outward_code() {
        CollectionRequest request = CollectionRequest.submitted(new CollectionRequestId(1), submission(null, "Two kegs"), NOW);
        assertThat(request.district()).isEqualTo(new District("BS1"));
        assertThat(request.postcode().value()).isEqualTo("BS1 4DJ");
        assertThat(request.businessName()).isEqualTo("Corner Deli");
        assertThat(request.contactPhone()).isEqualTo("01174960000");
    }

    @Test
    void a_given_district_is_kept() {
        CollectionRequest request = CollectionRequest.submitted(new CollectionRequestId(1), submission(new District("bs"), "x"), NOW);
        assertThat(request.district()).isEqualTo(new District("BS"));
    }

    @Test
    void the_message_is_required_and_at_most_2000_characters() {
        assertThat(submission(null, "a".repeat(2000)).message()).hasSize(2000);
        assertThatThrownBy(() -> submission(null, "a".repeat(2001)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("message"))
                .hasMessage("message must be at most 2000 characters");
        assertThatThrownBy(() -> submission(null, " ")).hasMessage("message is required");
    }

    @Test
    void business_and_contact_names_are_required() {
        assertThatThrownBy(() -> new CollectionRequest.Submission("", "Sam", new Email("sam@deli.example"), null,
                new Postcode("BS1 4DJ"), null, "x")).hasMessage("businessName is required");
        assertThatThrownBy(() -> new CollectionRequest.Submission("Deli", null, new Email("sam@deli.example"), null,
                new Postcode("BS1 4DJ"), null, "x")).hasMessage("contactName is required");
    }

    @Test
    void ids_are_positive_numbers_and_anything_else_is_not_found() {
        assertThat(CollectionRequestId.parse("42")).isEqualTo(new CollectionRequestId(42));
        for (String raw : new String[]{"0", "-1", "abc", "1.5", "99999999999999999999", ""})
            assertThatThrownBy(() -> CollectionRequestId.parse(raw))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).contains("OFFTRADE_REQUEST_NOT_FOUND"));
    }
}
