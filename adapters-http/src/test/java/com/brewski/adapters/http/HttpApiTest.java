package com.brewski.adapters.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.brewski.adapters.http.testing.ApiResponse;
import com.brewski.adapters.http.testing.RunningApi;
import com.brewski.adapters.http.testing.RunningApi.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The conventions every route shares: errors, request ids, JSON bodies, timestamps and logging. */
class HttpApiTest {
    private static final String UUID_SHAPE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final RunningApi api = RunningApi.start();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing(); // captures the MDC on the logging thread
            super.append(event);
        }
    };

    HttpApiTest() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        api.close();
    }

    @Test
    void an_unknown_route_answers_404_json_without_needing_a_token() {
        ApiResponse response = api.get("/no/such/route", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"not found\"}");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("X-Request-Id")).matches(UUID_SHAPE);
    }

    @Test
    void a_wrong_method_answers_405_json_with_the_allowed_methods() {
        ApiResponse response = api.delete("/auth/login", null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.body()).isEqualTo("{\"message\":\"method not allowed\"}");
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void a_request_refused_before_routing_still_answers_json_with_a_request_id() throws Exception {
        try (Socket socket = new Socket("localhost", api.port())) {
            socket.getOutputStream().write("GET /teams/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400 ");
            assertThat(response).containsIgnoringCase("Content-Type: application/json");
            assertThat(response).containsPattern("(?i)X-Request-Id: " + UUID_SHAPE);
            assertThat(response).endsWith("{\"message\":\"bad request\"}").doesNotContain("<html");
        }
    }

    @Test
    void a_patch_put_or_delete_refused_before_routing_answers_json_too() throws Exception {
        for (String method : new String[] {"PATCH", "PUT", "DELETE"}) {
            try (Socket socket = new Socket("localhost", api.port())) {
                socket.getOutputStream().write((method + " /teams/%ED%A0%80 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(response).as(method).startsWith("HTTP/1.1 400 ");
                assertThat(response).as(method).containsIgnoringCase("Content-Type: application/json");
                assertThat(response).as(method).endsWith("{\"message\":\"bad request\"}");
            }
        }
    }

    @Test
    void malformed_json_answers_400_invalid_json_body() {
        for (String body : new String[]{"{\"email\":", "not json", "{\"a\":1} trailing", "{\"email\":\"a\",\"email\":\"b\"}"}) {
            ApiResponse response = api.post("/auth/login", null, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).isEqualTo("{\"message\":\"invalid JSON body\"}");
        }
    }

    @Test
    void an_empty_body_on_a_route_that_needs_one_answers_400() {
        ApiResponse response = api.post("/auth/login", null, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).isEqualTo("invalid JSON body");
    }

    @Test
    void a_json_body_that_is_not_an_object_answers_400() {
        for (String body : new String[]{"[1,2]", "\"text\"", "42", "null"}) {
            ApiResponse response = api.post("/auth/login", null, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.message()).as(body).isIn("the JSON body must be an object", "invalid JSON body");
        }
        assertThat(api.post("/auth/login", null, "[1,2]").message()).isEqualTo("the JSON body must be an object");
    }

    @Test
    void a_body_that_is_not_json_answers_415() {
        ApiResponse textPlain = api.send(api.request("/auth/login").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.com\",\"password\":\"whatever pw\"}")).build());
        ApiResponse noType = api.send(api.request("/auth/login")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.com\",\"password\":\"whatever pw\"}")).build());
        ApiResponse form = api.send(api.request("/auth/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a&password=b")).build());

        for (ApiResponse response : List.of(textPlain, noType, form)) {
            assertThat(response.status()).isEqualTo(415);
            assertThat(response.message()).isEqualTo("Content-Type must be application/json");
        }
        ApiResponse withCharset = api.send(api.request("/auth/login").header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.com\",\"password\":\"whatever pw\"}")).build());
        assertThat(withCharset.status()).isEqualTo(401);
    }

    @Test
    void a_body_larger_than_the_limit_answers_413() {
        String padding = "x".repeat((int) HttpApi.Settings.DEFAULT_MAX_JSON_BODY_BYTES);
        ApiResponse response = api.post("/auth/login", null, "{\"email\":\"" + padding + "\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.message()).isEqualTo("request body must be at most 1048576 bytes");
    }

    @Test
    void the_body_limit_is_configurable_and_counts_bytes_of_streamed_bodies_too() {
        try (RunningApi small = RunningApi.start(new HttpApi.Settings(64))) {
            String body = "{\"email\":\"someone@example.com\",\"password\":\"" + "p".repeat(40) + "\"}";
            ApiResponse declared = small.post("/auth/login", null, body);
            ApiResponse streamed = small.send(small.request("/auth/login").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.getBytes()))).build());
            ApiResponse fits = small.post("/auth/login", null, "{\"email\":\"a@example.com\",\"password\":\"whatever pw\"}");

            assertThat(declared.status()).isEqualTo(413);
            assertThat(streamed.status()).isEqualTo(413);
            assertThat(fits.status()).isEqualTo(401);
        }
        assertThatThrownBy(() -> new HttpApi.Settings(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HttpApi.Settings.defaults().maxJsonBodyBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void a_well_formed_request_id_is_echoed() {
        ApiResponse response = api.send(api.request("/health").header("X-Request-Id", "abc.DEF_123-xyz").GET().build());

        assertThat(response.header("X-Request-Id")).isEqualTo("abc.DEF_123-xyz");
    }

    @Test
    void a_missing_or_malformed_request_id_is_replaced_by_a_generated_one() {
        ApiResponse none = api.get("/health", null);
        ApiResponse spaces = api.send(api.request("/health").header("X-Request-Id", "has spaces").GET().build());
        ApiResponse injection = api.send(api.request("/health").header("X-Request-Id", "a\"b;c").GET().build());
        ApiResponse tooLong = api.send(api.request("/health").header("X-Request-Id", "a".repeat(101)).GET().build());

        assertThat(none.header("X-Request-Id")).matches(UUID_SHAPE);
        assertThat(spaces.header("X-Request-Id")).matches(UUID_SHAPE);
        assertThat(injection.header("X-Request-Id")).matches(UUID_SHAPE);
        assertThat(tooLong.header("X-Request-Id")).matches(UUID_SHAPE);
        assertThat(none.header("X-Request-Id")).isNotEqualTo(spaces.header("X-Request-Id"));
        ApiResponse longest = api.send(api.request("/health").header("X-Request-Id", "a".repeat(100)).GET().build());
        assertThat(longest.header("X-Request-Id")).isEqualTo("a".repeat(100));
    }

    @Test
    void error_responses_carry_the_request_id_too() {
        ApiResponse unauthorized = api.send(api.request("/me").header("X-Request-Id", "req-401").GET().build());
        ApiResponse notFound = api.send(api.request("/nowhere").header("X-Request-Id", "req-404").GET().build());
        ApiResponse badJson = api.send(api.request("/auth/login").header("X-Request-Id", "req-400")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{")).build());

        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("X-Request-Id")).isEqualTo("req-401");
        assertThat(notFound.header("X-Request-Id")).isEqualTo("req-404");
        assertThat(badJson.header("X-Request-Id")).isEqualTo("req-400");
    }

    @Test
    void an_unexpected_failure_answers_500_with_a_correlation_id_and_no_detail() {
        try (RunningApi failing = RunningApi.start(() -> {
            throw new IllegalStateException("SELECT password_hash FROM users -- connection refused");
        })) {
            ApiResponse response = failing.send(failing.request("/health").header("X-Request-Id", "trace-500").GET().build());

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.body()).isEqualTo("{\"message\":\"internal error\",\"correlationId\":\"trace-500\"}");
            assertThat(response.header("X-Request-Id")).isEqualTo("trace-500");

            ILoggingEvent logged = awaitLog(e -> e.getThrowableProxy() != null);
            assertThat(logged.getMDCPropertyMap()).containsEntry("requestId", "trace-500");
            assertThat(logged.getThrowableProxy().getMessage()).contains("SELECT password_hash");
        }
    }

    @Test
    void the_correlation_id_of_a_500_is_generated_when_the_client_sent_none() {
        try (RunningApi failing = RunningApi.start(() -> {
            throw new IllegalStateException("boom");
        })) {
            ApiResponse response = failing.get("/health", null);

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.json().path("correlationId").asText()).isEqualTo(response.header("X-Request-Id")).matches(UUID_SHAPE);
            assertThat(response.body()).doesNotContain("boom").doesNotContain("Exception").doesNotContain("at com.");
        }
    }

    @Test
    void timestamps_are_utc_with_milliseconds_always() {
        api.fixture.clock.advance(Duration.ofNanos(7_654_321));
        User user = api.register("ada@example.com");

        ApiResponse me = api.get("/me", user.accessToken());

        assertThat(me.json().path("user").path("createdAt").asText()).isEqualTo("2025-03-01T09:00:00.007Z");
        api.fixture.clock.advance(Duration.ofSeconds(1).minusNanos(7_654_321));
        api.createTeam(user, "Hop Co");
        ApiResponse team = api.post("/teams", user.accessToken(), Map.of("name", "Second"));
        assertThat(team.json().path("team").path("createdAt").asText()).isEqualTo("2025-03-01T09:00:01.000Z");
    }

    @Test
    void every_request_logs_one_access_line_under_its_request_id_and_never_secrets() {
        User user = api.register("ada@example.com");
        ApiResponse login = api.send(api.request("/auth/login").header("X-Request-Id", "login-1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}")).build());
        assertThat(login.status()).isEqualTo(200);

        ILoggingEvent access = awaitLog(e -> e.getLoggerName().endsWith(".access")
                && "login-1".equals(e.getMDCPropertyMap().get("requestId")));

        assertThat(access.getFormattedMessage()).matches("POST /auth/login 200 \\d+ms");
        String accessToken = login.json().path("accessToken").asText();
        String refreshToken = login.json().path("refreshToken").asText();
        for (ILoggingEvent event : logged()) {
            assertThat(event.getFormattedMessage())
                    .doesNotContain("correct horse battery")
                    .doesNotContain(accessToken)
                    .doesNotContain(refreshToken)
                    .doesNotContain(user.accessToken());
        }
    }

    private List<ILoggingEvent> logged() {
        synchronized (logs) {
            return List.copyOf(logs.list);
        }
    }

    private ILoggingEvent awaitLog(Predicate<ILoggingEvent> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            for (ILoggingEvent event : logged()) if (wanted.test(event)) return event;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no such log event in " + logged());
    }
}
