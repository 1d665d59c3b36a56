package com.brewski.application.testing;

import com.brewski.application.identity.Users;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Conflict;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryUsers implements Users {
    private final Map<UserId, User> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<User> byId(UserId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<User> byEmail(Email email) {
        return byId.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> byEmailForUpdate(Email email) {
        return byEmail(email);
    }

    @Override
    public synchronized void insert(User user) {
        if (byEmail(user.email()).isPresent() || byId.containsKey(user.id())) throw new Conflict("email is already registered");
        byId.put(user.id(), user);
    }

    @Override
    public void update(User user) {
        byId.put(user.id(), user);
    }
}
