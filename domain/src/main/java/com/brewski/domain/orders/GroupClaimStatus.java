package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Who coordinates shipping of a brewery-group order. */
public enum GroupClaimStatus {
    UNCLAIMED,CLAIMED,COLLATING,COMPLETED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupClaimStatus parse(String field, String raw) {
        if (raw != null) {
            for (GroupClaimStatus value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of unclaimed, claimed, collating, completed");
    }
}
