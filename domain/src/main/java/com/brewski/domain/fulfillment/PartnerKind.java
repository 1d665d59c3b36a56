package com.brewski.domain.fulfillment;

/** How a partner delivers codes: a Zendit-style HTTP API, or codes loaded beforehand by an operator. */
public enum PartnerKind {
    ZENDIT,PRELOADED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PartnerKind parse(String field, String raw) {
        return Wire.parse(PartnerKind.class, field, raw, PartnerKind::wire);
    }
}
