package com.brewski.domain.offtrade;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Where one team's notification of a request stands: {@code pending} until its email went out. */
public enum NoticeStatus {
    PENDING, NOTIFIED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoticeStatus parse(String field, String raw) {
        for (NoticeStatus status : values()) if (status.wire().equals(raw)) return status;
        throw new InvalidField(field, field + " must be pending or notified");
    }
}
