package com.brewski.adapters.persistence;

import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @Test
    void data_survives_a_restart_on_the_same_directory(@TempDir Path dataDirectory) {
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Persistent Pints"),
                Instant.parse("2025-03-01T09:00:00Z"));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
             PostgresDatabase database = PostgresDatabase.connect(server.jdbcUrl(), server.user(), null)) {
            assertThat(server.jdbcUrl()).endsWith(":" + server.port() + "/postgres");
            new JooqPersistence(database.dataSource()).teams().insert(team);
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
             PostgresDatabase database = PostgresDatabase.connect(server.jdbcUrl(), server.user(), null)) {
            assertThat(new JooqPersistence(database.dataSource()).teams().byId(team.id()))
                    .get().extracting(Team::name).isEqualTo("Persistent Pints");
        }
    }
}
