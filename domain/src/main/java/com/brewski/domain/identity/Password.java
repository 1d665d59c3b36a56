package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

/** A plain-text password as typed; it only lives long enough to be hashed or checked. */
public record Password(String value) {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    public Password {
        if (value == null || value.isEmpty()) throw new InvalidField("password", "password is required");
        if (value.length() < MIN_LENGTH)
            throw new InvalidField("password", "password must be at least " + MIN_LENGTH + " characters");
        if (value.length() > MAX_LENGTH)
            throw new InvalidField("password", "password must be at most " + MAX_LENGTH + " characters");
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
