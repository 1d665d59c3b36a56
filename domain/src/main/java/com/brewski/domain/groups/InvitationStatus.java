package com.brewski.domain.groups;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Where an invitation to a brewery group stands. */
public enum InvitationStatus {
    PENDING,ACCEPTED,DECLINED,EXPIRED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InvitationStatus parse(String field, String raw) {
        if (raw != null) {
            for (InvitationStatus value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of pending, accepted, declined, expired");
    }
}
