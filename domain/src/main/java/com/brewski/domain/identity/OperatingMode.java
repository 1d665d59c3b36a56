package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** How a team trades: through the public shop, trade only, or both. */
public enum OperatingMode {
    SHOP, HYBRID, BREWERY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OperatingMode parse(String field, String raw) {
        if (raw != null) {
            for (OperatingMode mode : values()) if (mode.wire().equals(raw)) return mode;
        }
        throw new InvalidField(field, field + " must be one of shop, hybrid, brewery");
    }
}
