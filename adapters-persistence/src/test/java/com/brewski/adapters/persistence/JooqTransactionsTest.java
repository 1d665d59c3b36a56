package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.NotFound;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Transactions on PostgreSQL: commit, rollback, joining, and races settled by the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqTransactionsTest {
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private JooqPersistence persistence;
    private Transactions tx;

    @BeforeAll
    void openDatabase() {
        persistence = new JooqPersistence(TestDatabase.fresh());
        tx = persistence.transactions();
    }

    private static User newUser(String email) {
        return User.registered(new UserId(UUID.randomUUID()), new Email(email), "Someone", "hash$x", NOW);
    }

    private static String uniqueEmail() {
        return "user+" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void committed_work_is_visible_and_its_result_is_returned() {
        User ann = newUser(uniqueEmail());

        UserId returned = tx.inTransaction(() -> {
            persistence.users().insert(ann);
            return ann.id();
        });

        assertThat(returned).isEqualTo(ann.id());
        assertThat(persistence.users().byId(ann.id())).isPresent();
    }

    @Test
    void a_domain_exception_rolls_everything_back_and_comes_out_unchanged() {
        User ann = newUser(uniqueEmail());
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Rolled Back"), NOW);
        NotFound failure = new NotFound("Team not found");

        assertThatThrownBy(() -> tx.run(() -> {
            persistence.users().insert(ann);
            persistence.teams().insert(team);
            throw failure;
        })).isSameAs(failure);

        assertThat(persistence.users().byId(ann.id())).isEmpty();
        assertThat(persistence.teams().byId(team.id())).isEmpty();
    }

    @Test
    void any_runtime_exception_rolls_back_and_comes_out_unchanged() {
        User ann = newUser(uniqueEmail());
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> tx.run(() -> {
            persistence.users().insert(ann);
            throw failure;
        })).isSameAs(failure);

        assertThat(persistence.users().byId(ann.id())).isEmpty();
    }

    @Test
    void an_sql_exception_without_an_sql_state_comes_out_unchanged_not_as_a_null_pointer() {
        DataAccessException failure = new DataAccessException("numeric overflow", new java.sql.SQLException("no state"));

        assertThatThrownBy(() -> tx.run(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void a_failing_statement_rolls_back_the_whole_transaction() {
        User ann = newUser(uniqueEmail());
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Ok"), NOW);

        assertThatThrownBy(() -> tx.run(() -> {
            persistence.users().insert(ann);
            persistence.teams().insert(team);
            persistence.teams().insert(team); // duplicate primary key
        })).isInstanceOf(DataAccessException.class);

        assertThat(persistence.users().byId(ann.id())).isEmpty();
        assertThat(persistence.teams().byId(team.id())).isEmpty();
    }

    @Test
    void a_nested_call_joins_the_outer_transaction() {
        User inner = newUser(uniqueEmail());
        User outer = newUser(uniqueEmail());
        Conflict failure = new Conflict("outer fails after inner");

        assertThatThrownBy(() -> tx.run(() -> {
            persistence.users().insert(outer);
            boolean innerSeesOuter = tx.inTransaction(() -> {
                persistence.users().insert(inner);
                return persistence.users().byId(outer.id()).isPresent();
            });
            assertThat(innerSeesOuter).isTrue();
            throw failure;
        })).isSameAs(failure);

        assertThat(persistence.users().byId(inner.id())).as("inner work rolled back with the outer").isEmpty();
        assertThat(persistence.users().byId(outer.id())).isEmpty();
    }

    @Test
    void uncommitted_work_is_invisible_to_other_transactions() throws Exception {
        User ann = newUser(uniqueEmail());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            boolean seenByOther = tx.inTransaction(() -> {
                persistence.users().insert(ann);
                try {
                    return other.submit(() -> persistence.users().byId(ann.id()).isPresent()).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(seenByOther).isFalse();
            assertThat(other.submit(() -> persistence.users().byId(ann.id()).isPresent()).get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void repositories_auto_commit_outside_a_transaction() {
        User ann = newUser(uniqueEmail());

        persistence.users().insert(ann);

        assertThat(tx.inTransaction(() -> persistence.users().byId(ann.id()))).isPresent();
    }

    @Test
    void concurrent_registrations_of_one_email_let_exactly_one_win() throws Exception {
        String email = uniqueEmail();
        int contenders = 4;
        CyclicBarrier start = new CyclicBarrier(contenders);
        List<User> candidates = new ArrayList<>();
        for (int i = 0; i < contenders; i++) candidates.add(newUser(i % 2 == 0 ? email : email.toUpperCase()));

        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (User candidate : candidates) {
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        tx.run(() -> {
                            persistence.users().insert(candidate);
                            sleep(200); // keep the row uncommitted while the others insert
                        });
                        return "inserted";
                    } catch (Conflict conflict) {
                        return conflict.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) results.add(outcome.get(30, TimeUnit.SECONDS));

            assertThat(results).containsOnlyOnce("inserted");
            assertThat(results).filteredOn("email is already registered"::equals).hasSize(contenders - 1);
        } finally {
            pool.shutdownNow();
        }
        User winner = persistence.users().byEmail(new Email(email)).orElseThrow();
        assertThat(candidates).extracting(User::id).contains(winner.id());
    }

    @Test
    void a_lost_race_for_a_row_lock_sees_the_winners_change() throws Exception {
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Counter 0"), NOW);
        persistence.teams().insert(team);
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                done.add(pool.submit(() -> tx.run(() -> {
                    // read-modify-write under the row lock: increments must not be lost
                    Team locked = persistence.teams().byIdForUpdate(team.id()).orElseThrow();
                    int count = Integer.parseInt(locked.name().substring("Counter ".length()));
                    sleep(50);
                    persistence.teams().update(Team.restore(locked.id(), false,
                            TeamSettings.defaults("Counter " + (count + 1)), null, locked.createdAt(), NOW));
                })));
            }
            for (Future<?> f : done) f.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(persistence.teams().byId(team.id()).orElseThrow().name()).isEqualTo("Counter " + workers);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_deadlock_or_serialization_failure_is_a_conflict_to_retry_not_a_crash() {
        for (String state : java.util.List.of("40P01", "40001")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.inTransaction(() ->
                            persistence.jooqTransactions().dsl().execute("do $$ begin raise exception 'raced' using errcode = '" + state + "'; end $$")))
                    .isInstanceOf(com.brewski.domain.shared.Conflict.class)
                    .hasMessage("The request conflicted with a concurrent change; try again");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.inTransaction(() ->
                        persistence.jooqTransactions().dsl().execute("do $$ begin raise exception 'other' using errcode = '22012'; end $$")))
                .isNotInstanceOf(com.brewski.domain.shared.Conflict.class);
    }
}
