package com.brewski.domain.fulfillment;

/** Whether an alert still asks for an operator. */
public enum AlertStatus {
    OPEN,RESOLVED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AlertStatus parse(String field, String raw) {
        return Wire.parse(AlertStatus.class, field, raw, AlertStatus::wire);
    }
}
