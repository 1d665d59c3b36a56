package com.brewski.bootstrap.system;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import com.brewski.bootstrap.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's own {@code logback-json.xml} (what {@code LOG_FORMAT=json} selects), over a real
 * request: every line on stdout is one JSON object with timestamp, level, logger and message, and the
 * lines of a request carry its requestId.
 */
class JsonLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void log_as_json_into_a_buffer() throws JoranException {
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        configure(getClass().getClassLoader().getResource("logback-json.xml"));
    }

    @AfterEach
    void restore_the_test_logging() throws JoranException {
        configure(getClass().getClassLoader().getResource("logback-test.xml"));
        System.setOut(originalOut);
    }

    @Test
    void a_request_logs_json_lines_with_timestamp_level_logger_message_and_request_id() throws Exception {
        try (TestServer server = TestServer.start();
             HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health"))
                    .header("X-Request-Id", "json-log-test-42").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);

            JsonNode access = awaitLine("json-log-test-42");
            assertThat(access.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(access.get("level").asText()).isEqualTo("INFO");
            assertThat(access.get("logger").asText()).isEqualTo("com.brewski.adapters.http.access");
            assertThat(access.get("message").asText()).matches("GET /health 200 \\d+ms");
            assertThat(access.get("requestId").asText()).isEqualTo("json-log-test-42");
        }
        List<JsonNode> lines = lines();
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.has("timestamp") && line.has("level") && line.has("logger")
                && line.has("message")).as(line.toString()).isTrue());
        assertThat(lines).anySatisfy(line -> assertThat(line.get("message").asText()).startsWith("Brewski listening on port"));
    }

    private JsonNode awaitLine(String requestId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (JsonNode line : lines()) {
                if (requestId.equals(line.path("requestId").asText())) return line;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no log line with requestId " + requestId + " in:\n" + captured.toString(StandardCharsets.UTF_8));
    }

    /** Every captured line, each parsed as JSON (a line that is not JSON fails the test). */
    private List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) continue;
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return lines;
    }

    private static void configure(URL config) throws JoranException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
    }
}
