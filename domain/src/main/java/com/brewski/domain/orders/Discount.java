package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A per-line discount: a percentage of the line's gross, or a fixed amount in major units for
 * the whole line (5 → 500 minor units).
 */
public sealed interface Discount {

    BigDecimal value();

    /** The discount in minor units on a line of this gross, never more than the gross. */
    long on(long grossMinor);

    String type();

    record Percentage(BigDecimal value) implements Discount {
        public Percentage {
            value = check(value);
            if (value.compareTo(BigDecimal.valueOf(100)) > 0)
                throw new InvalidField("discountValue", "a percentage discountValue must be at most 100");
        }

        @Override
        public long on(long grossMinor) {
            return Math.min(grossMinor, MinorUnits.percentOf(grossMinor, value));
        }

        @Override
        public String type() {
            return "percentage";
        }
    }

    record Fixed(BigDecimal value) implements Discount {
        public Fixed {
            value = check(value);
        }

        @Override
        public long on(long grossMinor) {
            return Math.min(grossMinor, MinorUnits.fromMajor(value));
        }

        @Override
        public String type() {
            return "fixed";
        }
    }

    /** Builds a discount from the wire pair; both or neither must be given. */
    static Discount of(String type, BigDecimal value) {
        if (type == null && value == null) return null;
        if (type == null) throw new InvalidField("discountType", "discountType is required with discountValue");
        if (value == null) throw new InvalidField("discountValue", "discountValue is required with discountType");
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "percentage" -> new Percentage(value);
            case "fixed" -> new Fixed(value);
            default -> throw new InvalidField("discountType", "discountType must be percentage or fixed");
        };
    }

    private static BigDecimal check(BigDecimal value) {
        if (value == null) throw new InvalidField("discountValue", "discountValue is required");
        if (value.signum() < 0) throw new InvalidField("discountValue", "discountValue must be 0 or more");
        if (value.compareTo(BigDecimal.valueOf(100_000_000)) > 0)
            throw new InvalidField("discountValue", "discountValue is too large");
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
