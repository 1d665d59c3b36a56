package com.brewski.domain.heroes;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Which way a slide moves in the carousel: up is towards position 0. */
public enum Direction {
    UP, DOWN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction parse(String field, String raw) {
        if (raw != null) {
            for (Direction value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of up, down");
    }
}
