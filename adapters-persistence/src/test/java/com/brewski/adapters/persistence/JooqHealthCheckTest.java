package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JooqHealthCheckTest {

    @Test
    void the_database_is_up_while_it_answers_and_down_once_unreachable() throws Exception {
        PostgresDatabase database = PostgresDatabase.connect(TestDatabase.freshUrl(), null, null);
        JooqPersistence persistence = new JooqPersistence(database.dataSource());

        assertThat(persistence.healthCheck().databaseUp()).isTrue();

        database.close();
        assertThat(persistence.healthCheck().databaseUp()).isFalse();
    }
}
