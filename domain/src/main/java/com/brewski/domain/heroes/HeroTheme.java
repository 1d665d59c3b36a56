package com.brewski.domain.heroes;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Tells the storefront which contrasting text colour to draw over a slide. */
public enum HeroTheme {
    DARK, LIGHT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HeroTheme parse(String field, String raw) {
        if (raw != null) {
            for (HeroTheme value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of dark, light");
    }
}
