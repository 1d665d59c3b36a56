package com.brewski.domain.catalogue;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** The kind of package beer is sold in; deposits are configured per type. */
public enum ContainerType {
    KEG, CASK, CAN, BOTTLE;

    /** Kegs and casks go back to the brewery; cans and bottles do not. */
    public boolean returnableByDefault() {
        return this == KEG || this == CASK;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContainerType parse(String field, String raw) {
        if (raw != null) {
            for (ContainerType type : values()) if (type.wire().equals(raw)) return type;
        }
        throw new InvalidField(field, field + " must be one of keg, cask, can, bottle");
    }
}
