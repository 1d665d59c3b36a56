package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

/** One denomination of a voucher product, priced in whole minor units. */
public record VoucherVariant(VariantId id, VoucherProductId productId, String productName, String name, long priceMinor,
                             String currencySymbol, boolean active) {

    /** A variant about to be created: name required, price 1 or more minor units, symbol default £. */
    public record Draft(String name, long priceMinor, String currencySymbol) {
        public static final long MAX_PRICE_MINOR = 100_000_000L;

        public Draft {
            name = Text.required("name", name, 200);
            if (priceMinor < 1 || priceMinor > MAX_PRICE_MINOR)
                throw new InvalidField("priceMinor", "priceMinor must be between 1 and " + MAX_PRICE_MINOR);
            currencySymbol = Text.optional("currencySymbol", currencySymbol, 8);
            if (currencySymbol == null) currencySymbol = "£";
        }
    }
}
