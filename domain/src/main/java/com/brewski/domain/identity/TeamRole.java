package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** A role on a brewery team. */
public enum TeamRole {
    OWNER, ADMIN, MEMBER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean managesTeam() {
        return this == OWNER || this == ADMIN;
    }

    public static TeamRole parse(String field, String raw) {
        if (raw != null) {
            for (TeamRole role : values()) if (role.wire().equals(raw)) return role;
        }
        throw new InvalidField(field, field + " must be one of owner, admin, member");
    }
}
