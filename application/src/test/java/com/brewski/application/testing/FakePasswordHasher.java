package com.brewski.application.testing;

import com.brewski.application.identity.PasswordHasher;
import com.brewski.domain.identity.Password;

/** A reversible stand-in for a KDF, for use-case tests only. */
public final class FakePasswordHasher implements PasswordHasher {
    @Override
    public String hash(Password password) {
        return "fake$" + new StringBuilder(password.value()).reverse();
    }

    @Override
    public boolean matches(Password password, String hash) {
        return hash(password).equals(hash);
    }
}
