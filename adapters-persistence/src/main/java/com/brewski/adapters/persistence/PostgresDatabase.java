package com.brewski.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * A pooled connection to one PostgreSQL database whose schema has been brought up to date by the
 * Flyway migrations under {@code classpath:db/migration}. Close it to close the pool.
 */
public final class PostgresDatabase implements AutoCloseable {
    /** The pool size of {@link #connect(String, String, String)}. */
    public static final int DEFAULT_POOL_SIZE = 10;

    private final HikariDataSource dataSource;

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens a pool of {@value #DEFAULT_POOL_SIZE} connections, two of them kept open while idle, and
     * migrates the schema. User and password may be null (e.g. when the URL carries them).
     */
    public static PostgresDatabase connect(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_POOL_SIZE, 2);
    }

    /**
     * Opens a pool of at most {@code maxPoolSize} connections that holds none while idle, and migrates
     * the schema: for many short-lived pools on one server (tests), which must not exhaust its
     * connections.
     */
    public static PostgresDatabase connect(String jdbcUrl, String user, String password, int maxPoolSize) {
        return open(jdbcUrl, user, password, maxPoolSize, 0);
    }

    private static PostgresDatabase open(String jdbcUrl, String user, String password, int maxPoolSize, int minIdle) {
        if (maxPoolSize < 1) throw new IllegalArgumentException("maxPoolSize must be 1 or more");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        config.setPoolName("brewski-" + Integer.toHexString(System.identityHashCode(config)));
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(Math.min(minIdle, maxPoolSize));
        config.setIdleTimeout(Duration.ofSeconds(minIdle == 0 ? 10 : 60).toMillis());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        // The application's statements are short and index-driven: PostgreSQL's JIT only adds its
        // compile time when a cost estimate crosses its threshold (it cost +145 ms on the summary).
        config.addDataSourceProperty("options", "-c jit=off");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresDatabase(pool);
    }

    /** Applies the pending migrations to a database; safe to run from several instances at once. */
    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load()
                .migrate();
    }

    /**
     * Publishes the pool's gauges (active, idle, pending connections, timings) to a metrics registry:
     * HikariCP's own Micrometer support, given a {@code io.micrometer.core.instrument.MeterRegistry}.
     * Call it once; the type stays {@code Object} so this adapter does not depend on Micrometer.
     */
    public void publishPoolMetrics(Object meterRegistry) {
        dataSource.setMetricRegistry(meterRegistry);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
