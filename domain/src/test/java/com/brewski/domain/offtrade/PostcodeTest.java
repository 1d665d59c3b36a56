package com.brewski.domain.offtrade;

import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostcodeTest {
    @ParameterizedTest
    @CsvSource({
            "bs1 4dj, BS1 4DJ, BS1",
            "BS14DJ, BS1 4DJ, BS1",
            "'  bs16  1qy ', BS16 1QY, BS16",
            "ec1a 1bb, EC1A 1BB, EC1A",
            "w1a 0ax, W1A 0AX, W1A",
            "m1 1ae, M1 1AE, M1",
            "b33 8th, B33 8TH, B33",
            "cr2 6xh, CR2 6XH, CR2",
            "dn55 1pt, DN55 1PT, DN55"})
    void a_uk_postcode_is_normalised_and_its_outward_code_is_its_district(String raw, String normalised, String district) {
        Postcode postcode = new Postcode(raw);
        assertThat(postcode.value()).isEqualTo(normalised);
        assertThat(postcode.district()).isEqualTo(new District(district));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BS1", "12345", "BS1 4D", "BS1 4DJX", "1S1 4DJ", "BS1 ADJ", "BS1 4CI", "ABC1 4DJ", "BS1-4DJ", "SW1A 1AA!"})
    void anything_but_a_uk_postcode_is_refused_naming_the_field(String raw) {
        assertThatThrownBy(() -> new Postcode(raw))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("postcode");
                    assertThat(e.getMessage()).isEqualTo("postcode must be a UK postcode such as BS1 4DJ");
                });
    }

    @Test
    void a_missing_postcode_is_required() {
        assertThatThrownBy(() -> new Postcode("  ")).hasMessage("postcode is required");
        assertThatThrownBy(() -> new Postcode(null)).hasMessage("postcode is required");
    }
}
