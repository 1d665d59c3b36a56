package com.brewski.domain.offtrade;

import com.brewski.domain.shared.InvalidField;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode district (an outward code such as {@code BS1}, {@code BS16} or {@code EC1A}) or a
 * whole postcode area (its letters: {@code BS}, {@code EC}). Kept in upper case.
 */
public record District(String value) {
    private static final Pattern OUTWARD_CODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?$");
    private static final Pattern AREA = Pattern.compile("^[A-Z]{1,2}$");

    public District {
        if (value == null || value.isBlank()) throw new InvalidField("district", "district is required");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!OUTWARD_CODE.matcher(value).matches() && !AREA.matcher(value).matches())
            throw new InvalidField("district", "district must be an outward code such as BS1 or a postcode area such as BS");
    }

    /** The same rule under another field name (e.g. {@code offTradeDistricts[2]}). */
    public static District of(String field, String raw) {
        try {
            return new District(raw);
        } catch (InvalidField e) {
            throw new InvalidField(field, e.getMessage().replaceFirst("^district", field));
        }
    }

    /** Whether this is a whole area ({@code BS}) rather than one district of it ({@code BS1}). */
    public boolean isArea() {
        return AREA.matcher(value).matches();
    }

    /** The postcode area: the leading letters ({@code BS} for {@code BS16}, {@code B} for {@code B1}). */
    public District area() {
        return isArea() ? this : new District(value.replaceFirst("[0-9].*$", ""));
    }

    /**
     * Every entry of a team's {@link OffTradeDistricts} that covers this district: the district itself
     * and, for an outward code, its area. {@code BS1} is covered by {@code BS1} and {@code BS}, never
     * by {@code B} (the area of {@code BS1} is {@code BS}) nor by {@code BS16}.
     */
    public List<District> coveredBy() {
        return isArea() ? List.of(this) : List.of(this, area());
    }

    @Override
    public String toString() {
        return value;
    }
}
