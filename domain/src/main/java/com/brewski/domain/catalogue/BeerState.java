package com.brewski.domain.catalogue;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Whether a beer is on sale or retired from the list. */
public enum BeerState {
    ACTIVE, ARCHIVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BeerState parse(String field, String raw) {
        if (raw != null) {
            for (BeerState state : values()) if (state.wire().equals(raw)) return state;
        }
        throw new InvalidField(field, field + " must be one of active, archived");
    }
}
