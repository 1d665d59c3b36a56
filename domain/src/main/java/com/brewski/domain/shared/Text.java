package com.brewski.domain.shared;

/** Checks for free-text fields: trimmed, bounded, optionally required. */
public final class Text {
    private Text() {}

    /** Trimmed value, required and at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) throw new InvalidField(field, field + " is required");
        if (trimmed.length() > max) throw new InvalidField(field, field + " must be at most " + max + " characters");
        return trimmed;
    }

    /** Trimmed value or null when blank; at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        if (value == null) return null;
        String trimmed = value.strip();
        if (trimmed.isEmpty()) return null;
        if (trimmed.length() > max) throw new InvalidField(field, field + " must be at most " + max + " characters");
        return trimmed;
    }
}
