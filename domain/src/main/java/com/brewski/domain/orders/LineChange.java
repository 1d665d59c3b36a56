package com.brewski.domain.orders;

import com.brewski.domain.shared.Patch;

/** A partial change to a line's editable fields (the discount is set or cleared as a pair). */
public record LineChange(Patch<String> description, Patch<String> unit, Patch<Quantity> quantity,
                         Patch<Long> unitPriceMinor, Patch<TaxRate> taxRate, Patch<Discount> discount) {
    public boolean isEmpty() {
        return !(description.isPresent() || unit.isPresent() || quantity.isPresent() || unitPriceMinor.isPresent()
                || taxRate.isPresent() || discount.isPresent());
    }
}
