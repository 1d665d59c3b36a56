package com.brewski.application.identity.contract;

import com.brewski.application.identity.Sessions;
import com.brewski.domain.identity.Session;
import com.brewski.domain.identity.User;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Sessions} implementation promises. */
public abstract class SessionsContract extends IdentityContract {

    private Sessions sessions() {
        return ports.sessions();
    }

    private Session stored(User user, UUID familyId, long createdSecondsAfterT0) {
        Session session = newSession(user, familyId, at(createdSecondsAfterT0));
        tx().run(() -> sessions().insert(session));
        return session;
    }

    private Session reloaded(Session session) {
        return sessions().byAccessHash(session.accessHash()).orElseThrow();
    }

    @Test
    void an_inserted_session_is_found_by_either_token_hash() {
        User ann = storedUser("Ann");
        Session session = stored(ann, UUID.randomUUID(), 0);

        assertThat(sessions().byAccessHash(session.accessHash())).contains(session);
        assertThat(tx().inTransaction(() -> sessions().byRefreshHashForUpdate(session.refreshHash()))).contains(session);
    }

    @Test
    void unknown_hashes_find_nothing() {
        User ann = storedUser("Ann");
        Session session = stored(ann, UUID.randomUUID(), 0);

        assertThat(sessions().byAccessHash(session.refreshHash())).isEmpty();
        assertThat(tx().inTransaction(() -> sessions().byRefreshHashForUpdate(session.accessHash()))).isEmpty();
        assertThat(sessions().byAccessHash("no-such-hash")).isEmpty();
    }

    @Test
    void revoke_marks_only_that_session_and_keeps_it_findable() {
        User ann = storedUser("Ann");
        UUID family = UUID.randomUUID();
        Session revoked = stored(ann, family, 0);
        Session sibling = stored(ann, family, 1);

        tx().run(() -> sessions().revoke(revoked.id(), at(60)));

        assertThat(reloaded(revoked).revokedAt()).isEqualTo(at(60));
        assertThat(tx().inTransaction(() -> sessions().byRefreshHashForUpdate(revoked.refreshHash())))
                .get().extracting(Session::revokedAt).isEqualTo(at(60));
        assertThat(reloaded(sibling)).isEqualTo(sibling);
    }

    @Test
    void revoking_again_keeps_the_first_revocation_time() {
        User ann = storedUser("Ann");
        Session session = stored(ann, UUID.randomUUID(), 0);

        tx().run(() -> sessions().revoke(session.id(), at(60)));
        tx().run(() -> sessions().revoke(session.id(), at(120)));

        assertThat(reloaded(session).revokedAt()).isEqualTo(at(60));
    }

    @Test
    void revoke_family_revokes_every_session_of_the_family_and_no_other() {
        User ann = storedUser("Ann");
        UUID family = UUID.randomUUID();
        Session first = stored(ann, family, 0);
        Session second = stored(ann, family, 10);
        Session third = stored(ann, family, 20);
        Session otherFamily = stored(ann, UUID.randomUUID(), 30);
        tx().run(() -> sessions().revoke(first.id(), at(40)));

        tx().run(() -> sessions().revokeFamily(family, at(100)));

        assertThat(reloaded(first).revokedAt()).as("already revoked").isEqualTo(at(40));
        assertThat(reloaded(second).revokedAt()).isEqualTo(at(100));
        assertThat(reloaded(third).revokedAt()).isEqualTo(at(100));
        assertThat(reloaded(otherFamily).revokedAt()).isNull();
        assertThat(reloaded(second).refreshValidAt(at(101))).isFalse();
    }

    @Test
    void a_locking_lookup_by_refresh_hash_waits_for_the_transaction_holding_the_lock() throws Exception {
        User ann = storedUser("Ann");
        Session session = stored(ann, UUID.randomUUID(), 0);

        Session seen = readWhileAnotherTransactionHoldsTheLock(
                () -> sessions().byRefreshHashForUpdate(session.refreshHash()).orElseThrow(),
                () -> sessions().revoke(session.id(), at(60)),
                () -> sessions().byRefreshHashForUpdate(session.refreshHash()).orElseThrow());

        assertThat(seen.revokedAt()).isEqualTo(at(60));
    }
}
