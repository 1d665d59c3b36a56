package com.brewski.domain.deposits;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Why the deposit ledger moved: a container charged, returned, or credit applied. */
public enum DepositSource {
    CHARGE,RETURN,ADJUSTMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DepositSource parse(String field, String raw) {
        if (raw != null) {
            for (DepositSource value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of charge, return, adjustment");
    }
}
