package com.brewski.application.identity;

import com.brewski.domain.identity.Password;

/** A password key-derivation function (bcrypt, scrypt or Argon2). */
public interface PasswordHasher {
    String hash(Password password);

    boolean matches(Password password, String hash);
}
