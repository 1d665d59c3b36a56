package com.brewski.application.identity.contract;

import com.brewski.application.identity.Users;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Conflict;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Users} implementation promises. */
public abstract class UsersContract extends IdentityContract {

    private Users users() {
        return ports.users();
    }

    @Test
    void inserted_user_is_found_by_id_and_by_email_with_every_field() {
        User ann = newUser("Ann");
        tx().run(() -> users().insert(ann));

        assertThat(users().byId(ann.id())).get().usingRecursiveComparison().isEqualTo(ann);
        assertThat(users().byEmail(ann.email())).get().usingRecursiveComparison().isEqualTo(ann);
    }

    @Test
    void email_lookups_ignore_case_and_surrounding_space() {
        User ann = storedUser("Ann");
        Email typed = new Email("  " + ann.email().value().toUpperCase(Locale.ROOT) + " ");

        assertThat(users().byEmail(typed)).get().extracting(User::id).isEqualTo(ann.id());
        assertThat(tx().inTransaction(() -> users().byEmailForUpdate(typed))).get().extracting(User::id).isEqualTo(ann.id());
    }

    @Test
    void a_user_without_password_keeps_having_none() {
        User invited = User.invited(new UserId(UUID.randomUUID()), uniqueEmail("bob"), T0);
        tx().run(() -> users().insert(invited));

        User found = users().byId(invited.id()).orElseThrow();
        assertThat(found.hasPassword()).isFalse();
        assertThat(found.passwordHash()).isEmpty();
        assertThat(found.name()).isEqualTo(invited.name());
    }

    @Test
    void unknown_users_are_not_found() {
        assertThat(users().byId(new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(users().byEmail(uniqueEmail("nobody"))).isEmpty();
        assertThat(tx().inTransaction(() -> users().byEmailForUpdate(uniqueEmail("nobody")))).isEmpty();
    }

    @Test
    void inserting_a_taken_email_is_a_conflict_and_keeps_the_first_user() {
        User ann = storedUser("Ann");
        User impostor = User.registered(new UserId(UUID.randomUUID()),
                new Email(ann.email().value().toUpperCase(Locale.ROOT)), "Impostor", "hash$other", at(60));

        assertThatThrownBy(() -> tx().run(() -> users().insert(impostor)))
                .isInstanceOf(Conflict.class)
                .hasMessage("email is already registered");
        assertThat(users().byEmail(ann.email())).get().usingRecursiveComparison().isEqualTo(ann);
        assertThat(users().byId(impostor.id())).isEmpty();
    }

    @Test
    void a_conflict_on_insert_leaves_the_transaction_usable() {
        User ann = storedUser("Ann");
        User duplicate = User.registered(new UserId(UUID.randomUUID()), ann.email(), "Again", "hash$again", at(1));
        User bob = newUser("Bob");

        tx().run(() -> {
            assertThatThrownBy(() -> users().insert(duplicate)).isInstanceOf(Conflict.class);
            users().insert(bob);
        });

        assertThat(users().byId(bob.id())).isPresent();
    }

    @Test
    void update_saves_name_password_and_update_time_but_not_creation_time() {
        User invited = User.invited(new UserId(UUID.randomUUID()), uniqueEmail("cat"), T0);
        tx().run(() -> users().insert(invited));

        tx().run(() -> {
            User user = users().byEmailForUpdate(invited.email()).orElseThrow();
            user.completeRegistration("Cat Brewer", "hash$cat", at(3600));
            users().update(user);
        });

        User found = users().byId(invited.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Cat Brewer");
        assertThat(found.passwordHash()).contains("hash$cat");
        assertThat(found.updatedAt()).isEqualTo(at(3600));
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.email()).isEqualTo(invited.email());
    }

    @Test
    void a_locking_lookup_by_email_waits_for_the_transaction_holding_the_lock() throws Exception {
        User ann = storedUser("Ann");

        User seen = readWhileAnotherTransactionHoldsTheLock(
                () -> users().byEmailForUpdate(ann.email()).orElseThrow(),
                () -> users().update(User.restore(ann.id(), ann.email(), "Ann Changed", "hash$ann", ann.createdAt(), at(5))),
                () -> users().byEmailForUpdate(ann.email()).orElseThrow());

        assertThat(seen.name()).isEqualTo("Ann Changed");
    }
}
