package com.brewski.domain.groups;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** A team's role in a brewery group: owners and admins run it. */
public enum GroupRole {
    OWNER,ADMIN,MEMBER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupRole parse(String field, String raw) {
        if (raw != null) {
            for (GroupRole value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of owner, admin, member");
    }
}
