package com.brewski.adapters.http.system;

import com.brewski.adapters.http.testing.ApiResponse;
import com.brewski.adapters.http.testing.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthRoutesTest {
    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void health_answers_ok_without_a_token_while_the_database_is_up() {
        ApiResponse response = api.get("/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void health_answers_503_degraded_when_the_database_is_down() {
        api.databaseUp.set(false);

        ApiResponse response = api.get("/health", null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"degraded\",\"database\":\"down\"}");
    }
}
