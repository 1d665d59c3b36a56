package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** A role on the platform's own team: super user or support. */
public enum PlatformRole {
    SU, SUPPORT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlatformRole parse(String field, String raw) {
        if (raw != null) {
            for (PlatformRole role : values()) if (role.wire().equals(raw)) return role;
        }
        throw new InvalidField(field, field + " must be one of su, support");
    }
}
