package com.brewski.bootstrap;

import com.brewski.bootstrap.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two server instances throttle logins together through Redis (TEST_REDIS_URL, default the machine's), and
 * a server whose Redis does not answer starts anyway and refuses rate-limited requests (fail closed).
 */
class RedisThrottlingTest {
    private static final String REDIS = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");

    @Test
    void login_attempts_count_across_instances() {
        assumeTrue(reachable(), "no Redis at " + REDIS);
        Map<String, String> env = Map.of("REDIS_URL", REDIS, "LOGIN_ATTEMPTS_PER_EMAIL", "3");
        try (TestServer one = TestServer.start(env); TestServer two = TestServer.start(env)) {
            String email = "guess-" + UUID.randomUUID() + "@brewski.example";
            Map<String, String> wrong = Map.of("email", email, "password", "wrong password");
            assertThat(one.post("/auth/login", null, wrong).status()).isEqualTo(401);
            assertThat(two.post("/auth/login", null, wrong).status()).isEqualTo(401);
            assertThat(one.post("/auth/login", null, wrong).status()).isEqualTo(401);
            TestServer.Response throttled = two.post("/auth/login", null, wrong);
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void a_server_whose_redis_does_not_answer_starts_and_fails_closed_with_503() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        try (TestServer server = TestServer.start(Map.of("REDIS_URL", "redis://127.0.0.1:" + port))) {
            assertThat(server.get("/health", null).status()).isEqualTo(200);
            TestServer.Response login = server.post("/auth/login", null,
                    Map.of("email", "someone@brewski.example", "password", "any password"));
            assertThat(login.status()).isEqualTo(503);
            assertThat(login.json().get("message").asText()).isEqualTo("rate limiting is unavailable, try again later");
            assertThat(login.headers().firstValue("Retry-After")).contains("5");
        }
    }

    private static boolean reachable() {
        java.net.URI uri = java.net.URI.create(REDIS);
        try (Socket ignored = new Socket(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
