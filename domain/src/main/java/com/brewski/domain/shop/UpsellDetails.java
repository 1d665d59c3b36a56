package com.brewski.domain.shop;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.MoneyBounds;

import java.util.regex.Pattern;

/**
 * What an operator enters for an upsell, each field checked: {@code name} required, at most 160
 * characters; {@code slug} letters, digits and hyphens (stored lower-case); {@code description} at
 * most 5000; {@code priceMinor} a whole number of minor units, 0 or more; {@code currencySymbol} at
 * most 8 characters.
 */
public record UpsellDetails(String slug, String name, String description, Long priceMinor, String currencySymbol,
                            CouplerType couplerType, boolean active, int displayOrder) {
    public static final int NAME_MAX = 160;
    public static final int SLUG_MAX = 160;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int SYMBOL_MAX = 8;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public UpsellDetails {
        if (name == null || name.isBlank()) throw new InvalidField("name", "name is required");
        name = name.strip();
        if (name.length() > NAME_MAX) throw new InvalidField("name", "name must be at most " + NAME_MAX + " characters");
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > SLUG_MAX)
            throw new InvalidField("slug", "slug must be letters, digits and hyphens, at most " + SLUG_MAX + " characters");
        if (description != null && description.length() > DESCRIPTION_MAX)
            throw new InvalidField("description", "description must be at most " + DESCRIPTION_MAX + " characters");
        if (priceMinor != null && priceMinor < 0) throw new InvalidField("priceMinor", "priceMinor must be 0 or more");
        if (priceMinor != null) MoneyBounds.price("priceMinor", priceMinor); // a price per unit, as every price
        if (currencySymbol != null && currencySymbol.length() > SYMBOL_MAX)
            throw new InvalidField("currencySymbol", "currencySymbol must be at most " + SYMBOL_MAX + " characters");
    }

    /** An entered slug normalised ({@code S-Type} → {@code s-type}), checked by the constructor. */
    public static String slugFrom(String entered) {
        if (entered == null) return null;
        if (!entered.matches("[A-Za-z0-9-]+"))
            throw new InvalidField("slug", "slug must be letters, digits and hyphens, at most " + SLUG_MAX + " characters");
        String lower = entered.toLowerCase(java.util.Locale.ROOT).replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (lower.isEmpty()) throw new InvalidField("slug", "slug must contain a letter or digit");
        return lower;
    }

    /** The slug made from a name when none is given ({@code S-Type Keg Coupler} → {@code s-type-keg-coupler}). */
    public static String slugOfName(String name) {
        return com.brewski.domain.identity.PublicSlug.slugify(name, SLUG_MAX, "upsell");
    }

    public String price() {
        return Price.format(priceMinor, currencySymbol);
    }
}
