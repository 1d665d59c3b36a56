package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTest {
    @Test
    void is_normalised_to_lower_case_without_space() {
        assertThat(new Email("  Ann@Lantern.Example ").value()).isEqualTo("ann@lantern.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@lantern.example", "ann@lantern", "a b@lantern.example"})
    void malformed_addresses_are_refused(String raw) {
        assertThatThrownBy(() -> new Email(raw)).isInstanceOf(InvalidField.class);
    }

    @Test
    void another_field_name_is_reported() {
        assertThatThrownBy(() -> Email.of("offTradeContactEmail", "nope"))
                .isInstanceOf(InvalidField.class)
                .hasMessage("offTradeContactEmail must be a valid email address")
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("offTradeContactEmail"));
    }

    @Test
    void passwords_need_eight_characters_and_never_print() {
        assertThatThrownBy(() -> new Password("short")).isInstanceOf(InvalidField.class);
        assertThat(new Password("long enough").toString()).doesNotContain("long enough");
    }
}
