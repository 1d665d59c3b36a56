package com.brewski.adapters.persistence;

import com.brewski.application.shared.Transactions;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * One database transaction per outermost {@link #inTransaction} call, on one pooled connection held
 * by the calling thread (the server runs one request per virtual thread). Nested calls join the open
 * transaction. Whatever the work throws rolls the transaction back and comes out unchanged.
 */
final class JooqTransactions implements Transactions {
    private final DataSource dataSource;
    private final DSLContext autoCommit;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    JooqTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.autoCommit = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) return work.get();
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
