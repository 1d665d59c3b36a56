package com.brewski.application.identity;

import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;

import java.util.Optional;

/** Stored users. */
public interface Users {
    Optional<User> byId(UserId id);

    Optional<User> byEmail(Email email);

    /** Locks and loads the user with that email, for a change that must not race. */
    Optional<User> byEmailForUpdate(Email email);

    /** Inserts a new user; a {@link com.brewski.domain.shared.Conflict} when the email is taken. */
    void insert(User user);

    void update(User user);
}
