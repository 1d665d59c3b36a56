package com.brewski.domain.groups;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** A team's standing in a brewery group. */
public enum GroupMemberStatus {
    INVITED,ACTIVE,RETIRED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupMemberStatus parse(String field, String raw) {
        if (raw != null) {
            for (GroupMemberStatus value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of invited, active, retired");
    }
}
