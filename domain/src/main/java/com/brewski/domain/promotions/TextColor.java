package com.brewski.domain.promotions;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** The colour of a promotion's text. */
public enum TextColor {
    BLACK, WHITE, RAINBOW;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TextColor parse(String field, String raw) {
        if (raw != null) {
            for (TextColor value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of black, white, rainbow");
    }
}
