package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

/**
 * The arithmetic of one line, each step rounded half-up to the minor unit:
 * gross = quantity × unit price; discount (percentage of gross, or fixed major units), capped at
 * the gross; net = gross − discount; tax = net × rate / 100; total = net + tax.
 */
public record LineAmounts(long grossMinor, long discountMinor, long netMinor, long taxMinor, long totalMinor) {

    public static final long MAX_UNIT_PRICE_MINOR = 100_000_000_000L;

    public static LineAmounts of(Quantity quantity, long unitPriceMinor, TaxRate taxRate, Discount discount) {
        if (unitPriceMinor < 0) throw new InvalidField("unitPriceMinor", "unitPriceMinor must be 0 or more");
        if (unitPriceMinor > MAX_UNIT_PRICE_MINOR) throw new InvalidField("unitPriceMinor", "unitPriceMinor is too large");
        long gross = MinorUnits.halfUp(quantity.value().multiply(java.math.BigDecimal.valueOf(unitPriceMinor)));
        long discountMinor = discount == null ? 0 : discount.on(gross);
        long net = gross - discountMinor;
        long tax = MinorUnits.percentOf(net, taxRate.percent());
        return new LineAmounts(gross, discountMinor, net, tax, net + tax);
    }
}
