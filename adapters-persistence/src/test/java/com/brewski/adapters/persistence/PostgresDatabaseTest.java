package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connecting migrates the schema once; closing closes the pool. */
class PostgresDatabaseTest {

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void connecting_again_to_a_migrated_database_applies_nothing_twice() throws Exception {
        String url = TestDatabase.freshUrl();

        try (PostgresDatabase first = PostgresDatabase.connect(url, null, null)) {
            assertThat(count(first.dataSource(), "SELECT count(*) FROM teams WHERE is_platform")).isEqualTo(1);
        }
        try (PostgresDatabase second = PostgresDatabase.connect(url, null, null)) {
            assertThat(count(second.dataSource(), "SELECT count(*) FROM teams WHERE is_platform")).isEqualTo(1);
            assertThat(count(second.dataSource(), "SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isEqualTo(count(second.dataSource(), "SELECT count(DISTINCT version) FROM flyway_schema_history"));
        }
    }

    @Test
    void the_schema_refuses_negative_deposits_and_unknown_roles() throws Exception {
        DataSource dataSource = TestDatabase.fresh();

        assertThatThrownBy(() -> count(dataSource,
                "WITH t AS (UPDATE teams SET deposit_keg_minor = -1 RETURNING 1) SELECT count(*) FROM t"))
                .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
        assertThatThrownBy(() -> count(dataSource,
                "WITH t AS (UPDATE teams SET operating_mode = 'pub' RETURNING 1) SELECT count(*) FROM t"))
                .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
    }

    @Test
    void a_closed_database_hands_out_no_connections() throws Exception {
        PostgresDatabase database = PostgresDatabase.connect(TestDatabase.freshUrl(), null, null);
        DataSource dataSource = database.dataSource();

        database.close();

        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
    }
}
