package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** An order's commercial state. */
public enum OrderStatus {
    DRAFT,CONFIRMED,CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus parse(String field, String raw) {
        if (raw != null) {
            for (OrderStatus value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of draft, confirmed, cancelled");
    }
}
