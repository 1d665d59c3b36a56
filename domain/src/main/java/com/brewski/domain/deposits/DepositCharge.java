package com.brewski.domain.deposits;

import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.MinorUnits;

import java.math.BigDecimal;

/** The deposit a standard line carries: its containers × the container's deposit, rounded half-up. */
public final class DepositCharge {
    private DepositCharge() {}

    public static long forLine(LineItem line, long depositPerContainerMinor) {
        if (!line.takesStock() || depositPerContainerMinor <= 0) return 0;
        return MinorUnits.halfUp(line.stockUnits().value().multiply(BigDecimal.valueOf(depositPerContainerMinor)));
    }
}
