package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Where an order's delivery stands. */
public enum DispatchStatus {
    PENDING,PACKED,DISPATCHED,IN_TRANSIT,DELIVERED;

    /** Before dispatch starts, group coordination may still change hands. */
    public boolean isMutable() {
        return this == PENDING || this == PACKED;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DispatchStatus parse(String field, String raw) {
        if (raw != null) {
            for (DispatchStatus value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of pending, packed, dispatched, in_transit, delivered");
    }
}
