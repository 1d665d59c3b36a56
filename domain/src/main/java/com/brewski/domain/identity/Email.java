package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, normalised to lower case without surrounding space. */
public record Email(String value) {
    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public Email {
        if (value == null || value.isBlank()) throw new InvalidField("email", "email is required");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches())
            throw new InvalidField("email", "email must be a valid email address");
    }

    /** The same rule for another field name (e.g. {@code offTradeContactEmail}). */
    public static Email of(String field, String raw) {
        try {
            return new Email(raw);
        } catch (InvalidField e) {
            throw new InvalidField(field, e.getMessage().replaceFirst("^email", field));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
