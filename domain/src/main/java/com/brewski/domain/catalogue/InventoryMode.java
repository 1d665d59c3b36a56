package com.brewski.domain.catalogue;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Whether the team counts stock by hand ({@code manual}) or another system manages it. Fixed at creation. */
public enum InventoryMode {
    MANUAL, MANAGED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InventoryMode parse(String field, String raw) {
        if (raw != null) {
            for (InventoryMode mode : values()) if (mode.wire().equals(raw)) return mode;
        }
        throw new InvalidField(field, field + " must be one of manual, managed");
    }
}
