package com.brewski.domain.offtrade;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode, normalised to upper case with one space before the inward code ({@code bs1 4dj}
 * becomes {@code BS1 4DJ}). The outward code ({@code BS1}) is the postcode's district.
 */
public record Postcode(String value) {
    /** Outward code (area letters, district digits, an optional letter), then the inward code (a digit, two letters). */
    private static final Pattern SHAPE = Pattern.compile("^([A-Z]{1,2}[0-9][0-9A-Z]?) ([0-9][ABD-HJLNP-UW-Z]{2})$");
    public static final String FIELD = "postcode";

    public Postcode {
        if (value == null || value.isBlank()) throw new InvalidField(FIELD, "postcode is required");
        value = normalise(value);
        if (!SHAPE.matcher(value).matches()) throw new InvalidField(FIELD, "postcode must be a UK postcode such as BS1 4DJ");
    }

    private static String normalise(String raw) {
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) return compact;
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** The outward code: the part before the space. */
    public District district() {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) throw new IllegalStateException(value);
        return new District(m.group(1));
    }

    @Override
    public String toString() {
        return value;
    }
}
