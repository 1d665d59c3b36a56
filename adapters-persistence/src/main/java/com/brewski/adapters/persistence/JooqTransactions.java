package com.brewski.adapters.persistence;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.Conflict;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One database transaction per outermost {@link #inTransaction} call, on one pooled connection held
 * by the calling thread (the server runs one request per virtual thread). Nested calls join the open
 * transaction. Whatever the work throws rolls the transaction back and comes out unchanged; the work
 * registered with {@link #afterRollback} then runs, once the connection is back in the pool.
 */
final class JooqTransactions implements Transactions {
    private static final Logger log = LoggerFactory.getLogger(JooqTransactions.class);
    /** deadlock_detected, serialization_failure */
    private static final java.util.Set<String> CONCURRENCY_STATES = java.util.Set.of("40P01", "40001");

    private final DataSource dataSource;
    private final DSLContext autoCommit;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> onRollback = new ThreadLocal<>();

    JooqTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.autoCommit = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) return work.get();
        List<Runnable> undo = new ArrayList<>();
        onRollback.set(undo);
        try {
            return transaction(work);
        } catch (RuntimeException e) {
            onRollback.remove();
            undo(undo, e);
            throw concurrencyConflict(e);
        } catch (Error e) {
            onRollback.remove();
            undo(undo, e);
            throw e;
        } finally {
            onRollback.remove();
        }
    }

    @Override
    public void afterRollback(Runnable work) {
        List<Runnable> undo = onRollback.get();
        if (undo != null) undo.add(work);
    }

    private <T> T transaction(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(DSL.using(connection, SQLDialect.POSTGRES));
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove(); // the pool restores auto-commit when the connection goes back
            }
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed: " + e.getMessage(), e);
        }
    }

    /**
     * A deadlock or serialization failure means PostgreSQL settled a race against this request: it
     * becomes a 409 the caller may retry, never a 500. Anything else comes out unchanged.
     */
    private static RuntimeException concurrencyConflict(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // an SQLException may carry no SQLState at all (Set.of's contains(null) would throw and hide it)
            if (cause instanceof SQLException sql && sql.getSQLState() != null && CONCURRENCY_STATES.contains(sql.getSQLState())) {
                log.info("transaction lost a race ({}), answered as a conflict", sql.getSQLState());
                Conflict conflict = new Conflict("The request conflicted with a concurrent change; try again");
                conflict.addSuppressed(e);
                return conflict;
            }
        }
        return e;
    }

    /** Runs the after-rollback work in the order registered; a failure is logged and kept as suppressed. */
    private static void undo(List<Runnable> undo, Throwable cause) {
        for (Runnable work : undo) {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("work after a rollback failed", e);
                cause.addSuppressed(e);
            }
        }
    }

    /** The open transaction's context on this thread, or an auto-committing one when none is open. */
    DSLContext dsl() {
        DSLContext open = current.get();
        return open != null ? open : autoCommit;
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
