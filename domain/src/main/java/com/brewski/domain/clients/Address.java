package com.brewski.domain.clients;

import com.brewski.domain.shared.Text;

import java.util.Locale;

/** A postal address; the postcode is normalised (upper case, UK-style single space before the inward code). */
public record Address(String line1, String line2, String town, String county, String postcode, String country) {
    public static final Address EMPTY = new Address(null, null, null, null, null, null);

    public Address {
        line1 = Text.optional("line1", line1, 200);
        line2 = Text.optional("line2", line2, 200);
        town = Text.optional("town", town, 100);
        county = Text.optional("county", county, 100);
        postcode = normalisePostcode(Text.optional("postcode", postcode, 16));
        country = Text.optional("country", country, 100);
    }

    static String normalisePostcode(String raw) {
        if (raw == null) return null;
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}"))
            return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return raw.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
