package com.brewski.domain.catalogue;

import com.brewski.domain.shared.InvalidField;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The price a standard line takes when none is given: the client's pricebook item (with its
 * discount), else the default pricebook's, else the multipack's default price.
 */
public record PriceQuote(long unitPriceMinor, BigDecimal discountPercent) {

    public static PriceQuote resolve(Optional<PricebookItem> clientItem, Optional<PricebookItem> defaultItem,
                                     Optional<Multipack> multipack, String describedAs) {
        Optional<PricebookItem> item = clientItem.filter(PricebookItem::enabled).or(() -> defaultItem.filter(PricebookItem::enabled));
        if (item.isPresent()) return new PriceQuote(item.get().priceMinor(), item.get().discountPercent());
        if (multipack.isPresent()) return new PriceQuote(multipack.get().defaultPriceMinor(), null);
        throw new InvalidField("unitPriceMinor",
                "unitPriceMinor is required: no pricebook price exists for " + describedAs);
    }
}
