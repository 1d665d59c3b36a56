package com.brewski.application.identity.contract;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.Session;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the identity port contracts. One store serves every test of a class, so each test
 * makes its own users, teams and sessions with fresh ids and emails and looks only at those.
 * Instants carry at most microseconds, the precision PostgreSQL keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IdentityContract {
    protected static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123456Z");
    /** How long a lock holder keeps its lock before changing the row and committing. */
    private static final Duration HOLD = Duration.ofMillis(300);

    protected IdentityPorts ports;

    /** The ports under test, over a store that already has the platform team and nothing of the tests'. */
    protected abstract IdentityPorts createPorts();

    @BeforeAll
    final void openPorts() {
        ports = createPorts();
    }

    protected Transactions tx() {
        return ports.transactions();
    }

    protected static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    protected static Email uniqueEmail(String localPart) {
        return new Email(localPart + "+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    protected static User newUser(String name) {
        return User.registered(new UserId(UUID.randomUUID()), uniqueEmail(name.toLowerCase()), name, "hash$" + name, T0);
    }

    protected User storedUser(String name) {
        User user = newUser(name);
        tx().run(() -> ports.users().insert(user));
        return user;
    }

    protected Team storedTeam(String name) {
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults(name), T0);
        tx().run(() -> ports.teams().insert(team));
        return team;
    }

    protected static Membership membership(Team team, User user, String role, Instant createdAt) {
        return membership(team.id(), user, role, createdAt);
    }

    protected static Membership membership(TeamId teamId, User user, String role, Instant createdAt) {
        return Membership.restore(UUID.randomUUID(), teamId, user.id(), role, false, createdAt, createdAt);
    }

    protected static Session newSession(User user, UUID familyId, Instant createdAt) {
        String token = UUID.randomUUID().toString();
        return new Session(UUID.randomUUID(), familyId, user.id(), "access-" + token, createdAt.plusSeconds(900),
                "refresh-" + token, createdAt.plusSeconds(30 * 86400), createdAt, null);
    }

    /**
     * Runs {@code lock} and, a moment later, {@code change} in one transaction on another thread;
     * while that transaction holds its lock, runs {@code read} in a transaction of its own on this
     * thread and answers what it read. A read that waits for the lock reads the committed change.
     */
    protected <T> T readWhileAnotherTransactionHoldsTheLock(Runnable lock, Runnable change, Supplier<T> read) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        FutureTask<Void> holder = new FutureTask<>(() -> {
            tx().run(() -> {
                lock.run();
                locked.countDown();
                sleep(HOLD);
                change.run();
            });
            return null;
        });
        Thread thread = new Thread(holder, "lock-holder");
        thread.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).as("the other transaction took its lock").isTrue();
        T seen = tx().inTransaction(read);
        holder.get(10, TimeUnit.SECONDS);
        return seen;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
