package com.brewski.domain.offtrade;

import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which breweries a request's district is routed to, from their lists of outward codes and areas. */
class DistrictRoutingTest {
    private static OffTradeDistricts list(String... entries) {
        return OffTradeDistricts.parse(Arrays.asList(entries));
    }

    @ParameterizedTest(name = "{1} covered by [{0}]: {2}")
    @CsvSource({
            "BS1, BS1, true",
            "BS, BS1, true",
            "BS, BS16, true",
            "BS, BS, true",
            "bs, bs16, true",
            "BS1, BS16, false",
            "BS16, BS1, false",
            "B, BS1, false",
            "B, B1, true",
            "B, B33, true",
            "BS1, BS, false",
            "EC, EC1A, true",
            "EC1, EC1A, false",
            "W, W1A, true",
            "BA, BS1, false"})
    void an_outward_code_covers_itself_and_an_area_covers_every_district_of_it(String entry, String district, boolean covered) {
        assertThat(list(entry).covers(new District(district))).isEqualTo(covered);
    }

    @Test
    void a_list_covers_a_district_when_any_entry_does() {
        OffTradeDistricts bristolAndBath = list("BS1", "BS2", "BA");
        assertThat(bristolAndBath.covers(new District("BS2"))).isTrue();
        assertThat(bristolAndBath.covers(new District("BA14"))).isTrue();
        assertThat(bristolAndBath.covers(new District("BS3"))).isFalse();
        assertThat(OffTradeDistricts.NONE.covers(new District("BS1"))).isFalse();
    }

    @Test
    void a_district_is_covered_by_itself_and_its_area() {
        assertThat(new District("BS16").coveredBy()).containsExactly(new District("BS16"), new District("BS"));
        assertThat(new District("EC1A").coveredBy()).containsExactly(new District("EC1A"), new District("EC"));
        assertThat(new District("BS").coveredBy()).containsExactly(new District("BS"));
        assertThat(new District("B1").area()).isEqualTo(new District("B"));
    }

    @Test
    void entries_are_normalised_and_duplicates_dropped_in_order() {
        assertThat(list(" bs1 ", "BS", "BS1", "ba2").values()).containsExactly("BS1", "BS", "BA2");
    }

    @Test
    void a_bad_entry_is_refused_naming_its_index() {
        assertThatThrownBy(() -> list("BS1", "BS1 4DJ"))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("offTradeDistricts[1]");
                    assertThat(e.getMessage()).isEqualTo(
                            "offTradeDistricts[1] must be an outward code such as BS1 or a postcode area such as BS");
                });
        assertThatThrownBy(() -> list("12")).hasMessageStartingWith("offTradeDistricts[0] must be");
        assertThatThrownBy(() -> list("")).hasMessage("offTradeDistricts[0] is required");
        assertThatThrownBy(() -> OffTradeDistricts.parse(null)).hasMessage("offTradeDistricts must be a list");
    }

    @Test
    void a_list_is_bounded() {
        List<String> tooMany = new java.util.ArrayList<>();
        for (int i = 0; i < 26; i++) for (int d = 1; d <= 20; d++) tooMany.add("" + (char) ('A' + i) + d);
        assertThatThrownBy(() -> OffTradeDistricts.parse(tooMany)).hasMessage("offTradeDistricts must have at most 500 entries");
    }
}
