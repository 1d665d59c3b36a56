package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineAmountsTest {

    private static LineAmounts line(String quantity, long unitPrice, String taxRate, Discount discount) {
        return LineAmounts.of(Quantity.of(quantity), unitPrice, new TaxRate(new BigDecimal(taxRate)), discount);
    }

    @Test
    void six_kegs_at_three_hundred_pounds_with_twenty_percent_tax() {
        LineAmounts amounts = line("6", 30000, "20", null);
        assertThat(amounts).isEqualTo(new LineAmounts(180000, 0, 180000, 36000, 216000));
    }

    @Test
    void a_fixed_discount_is_in_major_units_for_the_whole_line() {
        // the spec's custom-item example: 1 × 2500, fixed 5 → 500 off, 20% tax on 2000
        LineAmounts amounts = line("1", 2500, "20", Discount.of("fixed", new BigDecimal("5")));
        assertThat(amounts).isEqualTo(new LineAmounts(2500, 500, 2000, 400, 2400));
    }

    @Test
    void a_percentage_discount_is_taken_from_the_gross() {
        LineAmounts amounts = line("3", 1999, "20", Discount.of("percentage", new BigDecimal("12.5")));
        // gross 5997; discount 749.625 → 750; net 5247; tax 1049.4 → 1049
        assertThat(amounts).isEqualTo(new LineAmounts(5997, 750, 5247, 1049, 6296));
    }

    @ParameterizedTest(name = "{0} × {1} at {2}% → gross {3}, tax {4}")
    @CsvSource({
            "0.5, 333, 20, 167, 33",     // 166.5 → 167; 33.4 → 33
            "1.5, 1, 0, 2, 0",            // 1.5 → 2
            "2.25, 1000, 17.5, 2250, 394", // 393.75 → 394
            "1, 5, 10, 5, 1",             // 0.5 → 1 (half-up)
    })
    void each_step_rounds_half_up_to_the_minor_unit(String quantity, long price, String rate, long gross, long tax) {
        LineAmounts amounts = line(quantity, price, rate, null);
        assertThat(amounts.grossMinor()).isEqualTo(gross);
        assertThat(amounts.taxMinor()).isEqualTo(tax);
        assertThat(amounts.totalMinor()).isEqualTo(gross + tax);
    }

    @Test
    void a_discount_never_takes_the_net_below_zero() {
        LineAmounts amounts = line("1", 300, "20", Discount.of("fixed", new BigDecimal("10")));
        assertThat(amounts).isEqualTo(new LineAmounts(300, 300, 0, 0, 0));
        assertThat(line("2", 300, "20", Discount.of("percentage", new BigDecimal("100"))).netMinor()).isZero();
    }

    @Test
    void bad_inputs_name_their_field() {
        assertThatThrownBy(() -> Quantity.of("0")).isInstanceOf(InvalidField.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> Quantity.of("1.0001")).isInstanceOf(InvalidField.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> new TaxRate(new BigDecimal("100.5"))).isInstanceOf(InvalidField.class).hasMessageContaining("taxRate");
        assertThatThrownBy(() -> line("1", -1, "0", null)).isInstanceOf(InvalidField.class).hasMessageContaining("unitPriceMinor");
        assertThatThrownBy(() -> Discount.of("percentage", new BigDecimal("101"))).isInstanceOf(InvalidField.class).hasMessageContaining("discountValue");
        assertThatThrownBy(() -> Discount.of("fixed", null)).isInstanceOf(InvalidField.class).hasMessageContaining("discountValue");
        assertThatThrownBy(() -> Discount.of(null, BigDecimal.ONE)).isInstanceOf(InvalidField.class).hasMessageContaining("discountType");
        assertThatThrownBy(() -> Discount.of("bogus", BigDecimal.ONE)).isInstanceOf(InvalidField.class).hasMessageContaining("discountType");
        assertThat(Discount.of(null, null)).isNull();
    }
}
