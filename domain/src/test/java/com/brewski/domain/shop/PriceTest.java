package com.brewski.domain.shop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriceTest {
    @Test
    void prices_have_two_decimals_and_thousands_separators() {
        assertThat(Price.format(12_900L, "£")).isEqualTo("£129.00");
        assertThat(Price.format(129_000L, "£")).isEqualTo("£1,290.00");
        assertThat(Price.format(5L, "€")).isEqualTo("€0.05");
        assertThat(Price.format(0L, "$")).isEqualTo("$0.00");
        assertThat(Price.format(123_456_789_01L, "£")).isEqualTo("£123,456,789.01");
    }

    @Test
    void without_an_amount_or_a_symbol_there_is_no_price() {
        assertThat(Price.format(null, "£")).isNull();
        assertThat(Price.format(100L, null)).isNull();
    }
}
