package com.brewski.adapters.persistence.testing;

import com.brewski.adapters.persistence.PostgresDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brand-new, migrated PostgreSQL databases for tests, one per {@link #fresh()} call.
 *
 * <p>When the environment names a server in {@code TEST_DATABASE_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}, optionally with
 * {@code TEST_DATABASE_USER} and {@code TEST_DATABASE_PASSWORD}) the databases are created there;
 * otherwise on one embedded PostgreSQL started on first use and stopped when the JVM exits.
 *
 * <p>Each database is named {@code brewski_test_<epoch seconds>_<random>}, so concurrent runs never
 * collide. On an external server the databases this JVM created are dropped when it exits, and
 * leftovers of runs older than a day (killed before they could clean up) are dropped on first use.
 */
public final class TestDatabase {
    private static final String PREFIX = "brewski_test_";
    private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d+)_[0-9a-f]+");
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");
    private static final Duration LEFTOVER_AGE = Duration.ofDays(1);
    private static final int POOL_SIZE = 4;

    private TestDatabase() {}

    /**
     * A pooled DataSource (at most 4 connections, none kept while idle) on a new database with every
     * migration applied. It is {@link AutoCloseable}; closing it is optional, the JVM exit closes it.
     */
    public static DataSource fresh() {
        return Server.INSTANCE.pooled(freshUrl());
    }

    /**
     * The JDBC URL of a new, empty database (no migration applied), credentials included as URL
     * parameters: for code under test that opens its own pool, e.g. from {@code DATABASE_URL}.
     */
    public static String freshUrl() {
        return Server.INSTANCE.newDatabase();
    }

    /** Started on first use: the holder idiom makes start-up lazy and thread-safe. */
    private static final class Server {
        static final Server INSTANCE = start();

        final String adminUrl;
        final String user;
        final String password;
        final EmbeddedPostgres embedded;
        final boolean dropOnExit;
        private final List<PostgresDatabase> pools = new ArrayList<>();
        private final List<String> created = new ArrayList<>();

        private Server(String adminUrl, String user, String password, EmbeddedPostgres embedded) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
            this.embedded = embedded;
            this.dropOnExit = embedded == null;
        }

        static Server start() {
            String url = System.getenv("TEST_DATABASE_URL");
            Server server;
            if (url != null && !url.isBlank()) {
                server = new Server(url.strip(), blankToNull(System.getenv("TEST_DATABASE_USER")),
                        blankToNull(System.getenv("TEST_DATABASE_PASSWORD")), null);
                server.dropLeftovers();
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder()
                            .setRegisterShutdownHook(false)
                            .setServerConfig("max_connections", "300")
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .start();
                    server = new Server("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", null, pg);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutDown, "test-database-shutdown"));
            return server;
        }

        /** Creates a database and answers its URL with credentials. */
        String newDatabase() {
            String name = PREFIX + Instant.now().getEpochSecond() + "_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute("CREATE DATABASE " + name);
            synchronized (this) {
                created.add(name);
            }
            return withCredentials(urlOf(name));
        }

        DataSource pooled(String url) {
            PostgresDatabase database = PostgresDatabase.connect(url, null, null, POOL_SIZE);
            synchronized (this) {
                pools.add(database);
            }
            return database.dataSource();
        }

        private String withCredentials(String url) {
            StringBuilder result = new StringBuilder(url);
            if (user != null) result.append(result.indexOf("?") < 0 ? '?' : '&').append("user=").append(encode(user));
            if (password != null) result.append(result.indexOf("?") < 0 ? '?' : '&').append("password=").append(encode(password));
            return result.toString();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        /** The admin URL with its database name swapped for {@code database}, keeping its parameters. */
        String urlOf(String database) {
            Matcher m = URL.matcher(adminUrl);
            if (!m.matches())
                throw new IllegalStateException("TEST_DATABASE_URL must look like jdbc:postgresql://host:port/database?params, not " + adminUrl);
            return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
        }

        /** Drops databases of earlier runs older than a day; best effort. */
        private void dropLeftovers() {
            Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
            List<String> old = new ArrayList<>();
            try (Connection c = admin(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'brewski\\_test\\_%'")) {
                while (rs.next()) {
                    Matcher m = NAME.matcher(rs.getString(1));
                    if (m.matches() && Instant.ofEpochSecond(Long.parseLong(m.group(1))).isBefore(cutoff))
                        old.add(rs.getString(1));
                }
            } catch (SQLException | RuntimeException e) {
                return;
            }
            old.forEach(this::dropQuietly);
        }

        private void shutDown() {
            List<PostgresDatabase> toClose;
            List<String> toDrop;
            synchronized (this) {
                toClose = List.copyOf(pools);
                toDrop = List.copyOf(created);
            }
            toClose.forEach(PostgresDatabase::close);
            if (dropOnExit) toDrop.forEach(this::dropQuietly);
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the embedded server's temporary files go with it
                }
            }
        }

        private void dropQuietly(String name) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // best effort: a later run drops it once it is a day old
            }
        }

        private void execute(String sql) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("test database server refused: " + sql, e);
            }
        }

        private Connection admin() throws SQLException {
            Properties properties = new Properties();
            if (user != null) properties.setProperty("user", user);
            if (password != null) properties.setProperty("password", password);
            return DriverManager.getConnection(adminUrl, properties);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
