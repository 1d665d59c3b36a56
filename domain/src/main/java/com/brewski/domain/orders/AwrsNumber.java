package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.util.regex.Pattern;

/** An Alcohol Wholesaler Registration Scheme number: ≤ 32 uppercase letters, digits, spaces, hyphens. */
public record AwrsNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9 -]{1,32}");

    public AwrsNumber {
        if (value == null || !SHAPE.matcher(value).matches())
            throw new InvalidField("awrsNumber", "awrsNumber must be at most 32 uppercase letters, digits, spaces or hyphens");
    }

    /** Null for null or blank input, else the trimmed value checked. */
    public static AwrsNumber orNull(String raw) {
        if (raw == null || raw.isBlank()) return null;
        return new AwrsNumber(raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
