package com.brewski.adapters.persistence;

import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Savepoint;
import java.util.Optional;

/**
 * Runs one statement that may break a unique index inside a savepoint. In PostgreSQL a failed
 * statement aborts the whole transaction; rolling back to the savepoint keeps the caller's
 * transaction usable, so the violation can be reported as a domain error instead.
 */
final class JooqSavepoints {
    private static final String UNIQUE_VIOLATION = "23505";

    private JooqSavepoints() {}

    /**
     * Runs {@code statement} in the open transaction (or a new one); answers the name of the unique
     * index it violated (nothing changed then), or empty when it ran. Any other failure comes out.
     */
    static Optional<String> uniqueViolation(JooqTransactions transactions, Runnable statement) {
        return transactions.inTransaction(() -> transactions.dsl().connectionResult(connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try {
                statement.run();
            } catch (DataAccessException e) {
                if (!UNIQUE_VIOLATION.equals(e.sqlState())) throw e;
                connection.rollback(savepoint);
                return Optional.of(constraintOf(e));
            }
            connection.releaseSavepoint(savepoint);
            return Optional.<String>empty();
        }));
    }

    private static String constraintOf(DataAccessException e) {
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage detail = cause == null ? null : cause.getServerErrorMessage();
        String constraint = detail == null ? null : detail.getConstraint();
        return constraint == null ? "" : constraint;
    }
}
