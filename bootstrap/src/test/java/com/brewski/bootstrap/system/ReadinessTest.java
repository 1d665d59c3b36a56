package com.brewski.bootstrap.system;

import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code GET /health/ready}: the database, the object storage and (when set) Redis, over real HTTP. */
class ReadinessTest {

    @Test
    void ready_when_the_database_and_the_storage_answer() {
        try (TestServer server = TestServer.start()) {
            Response ready = server.get("/health/ready", null);

            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"ready\",\"checks\":{\"database\":\"up\",\"storage\":\"up\"}}");
            assertThat(ready.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(server.get("/health", null).body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
        }
    }

    /** Against the Redis server named by TEST_REDIS_URL (default the machine's); skipped when none answers. */
    @Test
    void redis_is_checked_when_it_is_configured() {
        String redis = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");
        URI uri = URI.create(redis);
        assumeTrue(answers(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), "no Redis at " + redis);
        try (TestServer server = TestServer.start(Map.of("REDIS_URL", redis))) {
            Response ready = server.get("/health/ready", null);

            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().get("checks").get("redis").asText()).isEqualTo("up");
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket ignored = new Socket(host, port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void not_ready_while_the_object_storage_does_not_answer_though_the_cheap_health_stays_ok() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TestServer server = TestServer.start(Map.of("S3_ENDPOINT", "http://127.0.0.1:" + closedPort, "S3_BUCKET", "brewski",
                "S3_ACCESS_KEY", "key", "S3_SECRET_KEY", "secret"))) {
            Response ready = server.get("/health/ready", null);

            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.body()).isEqualTo("{\"status\":\"not ready\",\"checks\":{\"database\":\"up\",\"storage\":\"down\"}}");
            assertThat(server.get("/health", null).status()).isEqualTo(200);
        }
    }
}
