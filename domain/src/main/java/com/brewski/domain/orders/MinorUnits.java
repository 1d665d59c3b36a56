package com.brewski.domain.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of computed amounts to whole minor units: half-up, as every money rule here says. */
public final class MinorUnits {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MinorUnits() {}

    /** Exact: an amount beyond a long is an {@link ArithmeticException}, never a wrapped value. */
    public static long halfUp(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code amount × percent / 100}, rounded half-up. */
    public static long percentOf(long amountMinor, BigDecimal percent) {
        return halfUp(BigDecimal.valueOf(amountMinor).multiply(percent).divide(HUNDRED));
    }

    /** A major-unit amount (5 → 500; 2.345 → 235) in minor units, rounded half-up. */
    public static long fromMajor(BigDecimal major) {
        return halfUp(major.multiply(HUNDRED));
    }
}
