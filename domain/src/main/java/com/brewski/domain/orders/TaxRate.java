package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.math.BigDecimal;

/** A tax percentage from 0 to 100. */
public record TaxRate(BigDecimal percent) {
    public static final TaxRate NONE = new TaxRate(BigDecimal.ZERO);

    public TaxRate {
        if (percent == null) throw new InvalidField("taxRate", "taxRate is required");
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) percent = percent.setScale(0);
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)
            throw new InvalidField("taxRate", "taxRate must be between 0 and 100");
        if (percent.scale() > 3) throw new InvalidField("taxRate", "taxRate must have at most 3 decimal places");
    }
}
