package com.brewski.adapters.persistence.testing;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTest {

    private static String databaseOf(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void each_call_gives_a_new_migrated_database() throws Exception {
        DataSource first = TestDatabase.fresh();
        DataSource second = TestDatabase.fresh();

        assertThat(databaseOf(first)).startsWith("brewski_test_").isNotEqualTo(databaseOf(second));
        try (Connection c = first.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (id, email, name, created_at, updated_at) "
                    + "VALUES (gen_random_uuid(), 'only-in-first@example.com', 'A', now(), now())");
        }
        try (Connection c = second.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM users")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void a_fresh_url_names_a_new_empty_database_with_its_credentials() throws Exception {
        String url = TestDatabase.freshUrl();

        assertThat(url).contains("/brewski_test_");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
