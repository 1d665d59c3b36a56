package com.brewski.domain.shop;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a shop price is shown: the symbol, thousands separated by commas, two decimals ({@code £1,290.00}). */
public final class Price {
    private Price() {}

    /** The formatted price, or null unless both the amount and the symbol are known. */
    public static String format(Long minor, String currencySymbol) {
        if (minor == null || currencySymbol == null) return null;
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return currencySymbol + format.format(BigDecimal.valueOf(minor).movePointLeft(2));
    }
}
