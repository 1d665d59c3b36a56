package com.brewski.domain.clients;

import com.brewski.domain.shared.InvalidField;

/** A phone number kept as digits with an optional leading +; 7 to 15 digits. */
public final class Phone {
    private Phone() {}

    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String trimmed = raw.strip();
        if (!trimmed.matches("[+0-9 ()./-]+")) throw new InvalidField("contactPhone", "contactPhone must be a phone number");
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.length() < 7 || digits.length() > 15)
            throw new InvalidField("contactPhone", "contactPhone must have 7 to 15 digits");
        return (trimmed.startsWith("+") ? "+" : "") + digits;
    }
}
