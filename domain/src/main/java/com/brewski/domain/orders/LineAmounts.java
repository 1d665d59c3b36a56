package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.MoneyBounds;

import java.math.BigDecimal;

/**
 * The arithmetic of one line, each step rounded half-up to the minor unit:
 * gross = quantity × unit price; discount (percentage of gross, or fixed major units), capped at
 * the gross; net = gross − discount; tax = net × rate / 100; total = net + tax. The unit price is at
 * most {@link MoneyBounds#MAX_PRICE_MINOR}, and a line whose total would pass
 * {@link MoneyBounds#MAX_AMOUNT_MINOR} is refused naming {@code quantity} (the unit price alone is
 * always within its own bound), so every amount of a line stays exact.
 */
public record LineAmounts(long grossMinor, long discountMinor, long netMinor, long taxMinor, long totalMinor) {

    public static final long MAX_UNIT_PRICE_MINOR = MoneyBounds.MAX_PRICE_MINOR;

    public static LineAmounts of(Quantity quantity, long unitPriceMinor, TaxRate taxRate, Discount discount) {
        if (unitPriceMinor < 0) throw new InvalidField("unitPriceMinor", "unitPriceMinor must be 0 or more");
        if (unitPriceMinor > MAX_UNIT_PRICE_MINOR)
            throw new InvalidField("unitPriceMinor", "unitPriceMinor must be at most " + MAX_UNIT_PRICE_MINOR);
        BigDecimal exactGross = quantity.value().multiply(BigDecimal.valueOf(unitPriceMinor));
        if (!MoneyBounds.fits(exactGross)) throw MoneyBounds.overCap("quantity");
        long gross = MinorUnits.halfUp(exactGross);
        long discountMinor = discount == null ? 0 : discount.on(gross);
        long net = Math.subtractExact(gross, discountMinor);
        long tax = MinorUnits.percentOf(net, taxRate.percent());
        return new LineAmounts(gross, discountMinor, net, tax, MoneyBounds.sum("quantity", net, tax));
    }
}
