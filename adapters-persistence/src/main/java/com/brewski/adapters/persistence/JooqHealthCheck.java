package com.brewski.adapters.persistence;

import com.brewski.application.shared.HealthCheck;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Asks the database for a valid connection, waiting at most two seconds for its answer. */
final class JooqHealthCheck implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    JooqHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean databaseUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
