package com.brewski.application.orders;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/**
 * The list filter {@code state}: a status, or {@code due} (confirmed, past due date, something
 * remaining) or {@code paid} (nothing remaining).
 */
public enum OrderState {
    DRAFT, CONFIRMED, CANCELLED, DUE, PAID;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderState parse(String field, String raw) {
        if (raw != null) {
            for (OrderState state : values()) if (state.wire().equals(raw)) return state;
        }
        throw new InvalidField(field, field + " must be one of draft, confirmed, cancelled, due, paid");
    }
}
