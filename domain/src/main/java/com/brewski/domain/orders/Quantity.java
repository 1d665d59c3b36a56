package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.math.BigDecimal;

/** How many packs or units: a decimal greater than zero, at most three decimal places. */
public record Quantity(BigDecimal value) {
    private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);

    public Quantity {
        if (value == null) throw new InvalidField("quantity", "quantity is required");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) value = value.setScale(0);
        if (value.signum() <= 0) throw new InvalidField("quantity", "quantity must be greater than 0");
        if (value.scale() > 3) throw new InvalidField("quantity", "quantity must have at most 3 decimal places");
        if (value.compareTo(MAX) > 0) throw new InvalidField("quantity", "quantity must be at most 1000000");
    }

    public static Quantity of(String value) {
        return new Quantity(new BigDecimal(value));
    }

    public Quantity times(int factor) {
        return new Quantity(value.multiply(BigDecimal.valueOf(factor)));
    }
}
