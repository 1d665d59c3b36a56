package com.brewski.domain.deposits;

import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.MinorUnits;
import com.brewski.domain.shared.MoneyBounds;

import java.math.BigDecimal;

/**
 * The deposit a standard line carries: its containers × the container's deposit, rounded half-up;
 * one over {@link MoneyBounds#MAX_AMOUNT_MINOR} is refused naming the line's {@code quantity}.
 */
public final class DepositCharge {
    private DepositCharge() {}

    public static long forLine(LineItem line, long depositPerContainerMinor) {
        if (!line.takesStock() || depositPerContainerMinor <= 0) return 0;
        BigDecimal charge = line.stockUnits().value().multiply(BigDecimal.valueOf(depositPerContainerMinor));
        if (!MoneyBounds.fits(charge)) throw MoneyBounds.overCap("quantity");
        return MinorUnits.halfUp(charge);
    }
}
