package com.brewski.domain.shared;

import java.math.BigDecimal;

/**
 * The upper bounds of money, in whole minor units. Every amount a caller enters is checked against
 * one of them where it is entered, and every amount computed from them stays below
 * {@link #MAX_AMOUNT_MINOR}, far below 2^53 (9,007,199,254,740,992), so JavaScript clients read every
 * amount on the wire exactly.
 * <ul>
 *   <li>{@link #MAX_PRICE_MINOR} (10^11): a price per unit — a line's {@code unitPriceMinor}, a
 *   pricebook item's {@code priceMinor}, a multipack's {@code defaultPriceMinor};</li>
 *   <li>{@link #MAX_AMOUNT_MINOR} (10^13): an order's total and each amount in it (a line's gross,
 *   net, tax and total, its deposit charge, the shipping charge), a shipping rule's amount and
 *   thresholds.</li>
 * </ul>
 * Payments, container-return credits and deposits per container have tighter bounds of their own
 * ({@code Payment}, {@code ContainerReturn}, {@code DepositSetting}).
 */
public final class MoneyBounds {
    public static final long MAX_PRICE_MINOR = 100_000_000_000L;
    public static final long MAX_AMOUNT_MINOR = 10_000_000_000_000L;
    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(MAX_AMOUNT_MINOR);

    private MoneyBounds() {}

    /** A price per unit entered as {@code field}: 0 to {@link #MAX_PRICE_MINOR}. */
    public static long price(String field, long minor) {
        return within(field, minor, MAX_PRICE_MINOR);
    }

    /** An amount entered as {@code field}: 0 to {@link #MAX_AMOUNT_MINOR}. */
    public static long amount(String field, long minor) {
        return within(field, minor, MAX_AMOUNT_MINOR);
    }

    /** An optional amount (null stays null). */
    public static Long amount(String field, Long minor) {
        return minor == null ? null : amount(field, minor.longValue());
    }

    /** Whether a computed amount (exact, not yet rounded) stays within {@link #MAX_AMOUNT_MINOR}. */
    public static boolean fits(BigDecimal minor) {
        return minor.compareTo(MAX_AMOUNT) <= 0;
    }

    /** The sum of computed amounts, exact: over {@link #MAX_AMOUNT_MINOR} it is refused naming {@code field}. */
    public static long sum(String field, long a, long b) {
        long sum;
        try {
            sum = Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overCap(field);
        }
        if (sum > MAX_AMOUNT_MINOR) throw overCap(field);
        return sum;
    }

    /** The refusal of an amount that would pass the cap because of {@code field}. */
    public static InvalidField overCap(String field) {
        return new InvalidField(field, field + " would take the amount over the limit of " + MAX_AMOUNT_MINOR + " minor units");
    }

    private static long within(String field, long minor, long max) {
        if (minor < 0) throw new InvalidField(field, field + " must be 0 or more");
        if (minor > max) throw new InvalidField(field, field + " must be at most " + max);
        return minor;
    }
}
