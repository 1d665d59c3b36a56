package com.brewski.application.documents;

import java.util.Objects;

/**
 * The team at the top of its paperwork: its trading and billing names, billing address (free text,
 * one line per line), VAT number, and its logo as PNG bytes (null when it has none).
 */
public record Letterhead(String teamName, String billingName, String billingAddress, String vatNumber, byte[] logoPng) {
    public Letterhead {
        Objects.requireNonNull(teamName, "teamName");
    }

    /** The name to print: the billing name when set, else the team's name. */
    public String displayName() {
        return billingName == null || billingName.isBlank() ? teamName : billingName;
    }
}
