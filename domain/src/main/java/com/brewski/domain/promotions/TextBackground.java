package com.brewski.domain.promotions;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** The overlay behind a promotion's text: dark/light at 15% alpha, darkdeep/lightdeep at 85%. */
public enum TextBackground {
    DARK, DARKDEEP, LIGHT, LIGHTDEEP;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TextBackground parse(String field, String raw) {
        if (raw != null) {
            for (TextBackground value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of dark, darkdeep, light, lightdeep");
    }
}
