package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.UsersRecord;
import com.brewski.application.identity.Users;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Conflict;
import org.jooq.Condition;

import java.util.Optional;

import static com.brewski.adapters.persistence.jooq.Tables.USERS;

/** Users in the {@code users} table; the unique email settles concurrent registrations. */
final class JooqUsers implements Users {
    private final JooqTransactions transactions;

    JooqUsers(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return find(USERS.ID.eq(id.value()), false);
    }

    @Override
    public Optional<User> byEmail(Email email) {
        return find(USERS.EMAIL.eq(email.value()), false);
    }

    @Override
    public Optional<User> byEmailForUpdate(Email email) {
        return find(USERS.EMAIL.eq(email.value()), true);
    }

    /**
     * Inserts with {@code ON CONFLICT DO NOTHING}: a taken email (or id) inserts no row and is reported
     * as a {@link Conflict} without aborting the transaction. A concurrent insert of the same email
     * waits for the other transaction and then sees the conflict.
     */
    @Override
    public void insert(User user) {
        int inserted = transactions.dsl().insertInto(USERS)
                .set(USERS.ID, user.id().value())
                .set(USERS.EMAIL, user.email().value())
                .set(USERS.NAME, user.name())
                .set(USERS.PASSWORD_HASH, user.passwordHash().orElse(null))
                .set(USERS.CREATED_AT, user.createdAt())
                .set(USERS.UPDATED_AT, user.updatedAt())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) throw new Conflict("email is already registered");
    }

    @Override
    public void update(User user) {
        int updated = transactions.dsl().update(USERS)
                .set(USERS.NAME, user.name())
                .set(USERS.PASSWORD_HASH, user.passwordHash().orElse(null))
                .set(USERS.UPDATED_AT, user.updatedAt())
                .where(USERS.ID.eq(user.id().value()))
                .execute();
        if (updated == 0) throw new IllegalStateException("user " + user.id() + " is not stored");
    }

    private Optional<User> find(Condition condition, boolean forUpdate) {
        var select = transactions.dsl().selectFrom(USERS).where(condition);
        UsersRecord row = forUpdate ? select.forUpdate().fetchOne() : select.fetchOne();
        return Optional.ofNullable(row).map(JooqUsers::toUser);
    }

    private static User toUser(UsersRecord row) {
        return User.restore(new UserId(row.getId()), new Email(row.getEmail()), row.getName(),
                row.getPasswordHash(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
