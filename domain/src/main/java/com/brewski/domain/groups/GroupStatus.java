package com.brewski.domain.groups;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Whether a brewery group operates. */
public enum GroupStatus {
    ACTIVE,RETIRED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupStatus parse(String field, String raw) {
        if (raw != null) {
            for (GroupStatus value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of active, retired");
    }
}
