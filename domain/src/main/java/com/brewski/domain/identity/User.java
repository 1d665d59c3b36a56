package com.brewski.domain.identity;

import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who can sign in. A user may exist without a password (added to a team by email before
 * registering); registering then sets the password once.
 */
public final class User {
    private final UserId id;
    private final Email email;
    private String name;
    private String passwordHash;
    private final Instant createdAt;
    private Instant updatedAt;

    private User(UserId id, Email email, String name, String passwordHash, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.email = Objects.requireNonNull(email);
        this.name = name;
        this.passwordHash = passwordHash;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static String checkName(String raw) {
        return Text.required("name", raw, 200);
    }

    /** A user who registered with a password. */
    public static User registered(UserId id, Email email, String name, String passwordHash, Instant now) {
        return new User(id, email, checkName(name), Objects.requireNonNull(passwordHash), now, now);
    }

    /** A user known only by email, added to a team before registering. */
    public static User invited(UserId id, Email email, Instant now) {
        String local = email.value().substring(0, email.value().indexOf('@'));
        return new User(id, email, local, null, now, now);
    }

    /** Rebuilds a user from storage; used only by persistence adapters. */
    public static User restore(UserId id, Email email, String name, String passwordHash, Instant createdAt, Instant updatedAt) {
        return new User(id, email, name, passwordHash, createdAt, updatedAt);
    }

    /** Completes registration of a user who had no password yet. */
    public void completeRegistration(String name, String passwordHash, Instant now) {
        if (hasPassword()) throw new Conflict("email is already registered");
        this.name = checkName(name);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.updatedAt = now;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public UserId id() { return id; }
    public Email email() { return email; }
    public String name() { return name; }
    public Optional<String> passwordHash() { return Optional.ofNullable(passwordHash); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
