package com.brewski.domain.shop;

import com.brewski.domain.shared.InvalidField;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The keg couplers an upsell fits (the {@code keg_coupler_type} values). */
public enum CouplerType {
    D, S, G, A, U, M, KEYKEG, GRUNDY, OTHER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CouplerType parse(String field, String raw) {
        if (raw != null) {
            for (CouplerType value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of "
                + Arrays.stream(values()).map(CouplerType::wire).collect(Collectors.joining(", ")));
    }
}
