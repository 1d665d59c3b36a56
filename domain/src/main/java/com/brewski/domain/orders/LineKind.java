package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** A line that references stock, or a standalone charge. */
public enum LineKind {
    STANDARD,CUSTOM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LineKind parse(String field, String raw) {
        if (raw != null) {
            for (LineKind value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of standard, custom");
    }
}
