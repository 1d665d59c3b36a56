package com.brewski.bootstrap.testing;

import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.bootstrap.Brewski;
import com.brewski.bootstrap.Config;
import com.brewski.adapters.persistence.StatementLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole server (real wiring, real PostgreSQL: TEST_DATABASE_URL's server or an embedded one, a
 * fresh database each, or another instance's with {@link #startSharing}) on a random port, driven over
 * real HTTP.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_EMAIL = "admin@brewski.example";
    public static final String ADMIN_PASSWORD = "admin password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Brewski brewski;
    private final Path dataDir;
    private final String jdbcUrl;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final StatementLog statementLog;

    private TestServer(Map<String, String> extraEnv) {
        this(TestDatabase.freshUrl(), extraEnv, null);
    }

    private TestServer(String databaseUrl, Map<String, String> extraEnv) {
        this(databaseUrl, extraEnv, null);
    }

    private TestServer(String databaseUrl, Map<String, String> extraEnv, StatementLog statementLog) {
        this.statementLog = statementLog;
        try {
            dataDir = Files.createTempDirectory("brewski-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("BREWSKI_DATA_DIR", dataDir.toString());
        jdbcUrl = databaseUrl;
        env.put("DATABASE_URL", jdbcUrl);
        env.put("BCRYPT_COST", "4");
        env.put("BREWSKI_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("BREWSKI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(extraEnv);
        brewski = statementLog == null ? Brewski.start(Config.from(env)) : Brewski.start(Config.from(env), statementLog);
    }

    /** A server whose every database statement is logged into {@code statementLog} (statement-count tests). */
    public static TestServer startLogging(StatementLog statementLog) {
        return new TestServer(TestDatabase.freshUrl(), Map.of(), statementLog);
    }

    public static TestServer start() {
        return new TestServer(Map.of());
    }

    public static TestServer start(Map<String, String> env) {
        return new TestServer(env);
    }

    /**
     * A second server instance on {@code other}'s database (its own port and data directory), as two
     * instances behind a load balancer share one PostgreSQL: races between them are settled there.
     */
    public static TestServer startSharing(TestServer other) {
        return new TestServer(other.jdbcUrl(), Map.of());
    }

    /** Another instance on {@code other}'s database with its own settings (or the same server started again). */
    public static TestServer startSharing(TestServer other, Map<String, String> env) {
        return new TestServer(other.jdbcUrl(), env);
    }

    public int port() {
        return brewski.port();
    }

    /** The server's image pipeline (statistics, decoding slots). */
    public com.brewski.adapters.storage.ImageIoImages images() {
        return brewski.images();
    }

    /** The JDBC URL (credentials included) of this server's own database, for inspecting or seeding rows in tests. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The running system, e.g. to read its route table. */
    public Brewski brewski() {
        return brewski;
    }

    @Override
    public void close() {
        brewski.close();
        client.close();
    }

    /** A response: status, headers and the body parsed as JSON (null when empty). */
    public record Response(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return body.isEmpty() ? null : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    public Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Response send(String method, String path, String token, Object body) {
        if (body == null) return send(method, path, token, null, null);
        return send(method, path, token, "application/json",
                (body instanceof String s ? s : toJson(body)).getBytes(StandardCharsets.UTF_8));
    }

    /** Any request: {@code contentType} and {@code body} as given (no body when null), the answer read as text. */
    public Response send(String method, String path, String token, String contentType, byte[] body) {
        return send(method, path, token, contentType, body, Map.of());
    }

    /** Any request, with extra headers (e.g. a webhook's signature). */
    public Response send(String method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .timeout(Duration.ofSeconds(60));
        headers.forEach(builder::header);
        if (token != null) builder.header("Authorization", "Bearer " + token);
        if (contentType != null) builder.header("Content-Type", contentType);
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a multipart form with one file field. */
    public Response upload(String path, String token, String field, String filename, String declaredType, byte[] content) {
        return upload(path, token, Map.of(), field, filename, declaredType, content);
    }

    /** POSTs a multipart form with plain fields and one file field. */
    public Response upload(String path, String token, Map<String, String> fields, String field, String filename,
                           String declaredType, byte[] content) {
        return form("POST", path, token, fields, field, filename, declaredType, content);
    }

    /** A multipart form with plain fields and, unless {@code field} is null, one file in that field. */
    public Response form(String method, String path, String token, Map<String, String> fields, String field, String filename,
                         String declaredType, byte[] content) {
        String boundary = "----brewski" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet())
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (field != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(method, path, token, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A stored file's bytes, as answered. */
    public record Download(int status, String contentType, byte[] body) {}

    /** GETs a URL the server handed out (its path and query, on this server), reading the answer as bytes. */
    public Download download(String url, String token) {
        URI given = URI.create(url);
        String path = given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (token != null) builder.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every route of the server's route table. */
    public List<Route> routes() {
        return brewski.routes();
    }

    // ---- conveniences for setting up a scenario

    /** Registers a user with a unique email and answers its access token. */
    public String register(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + UUID.randomUUID().toString().substring(0, 8) + "@brewski.example";
        Response response = post("/auth/register", null, Map.of("email", email, "password", "correct horse", "name", name));
        if (response.status() != 201) throw new AssertionError("register failed: " + response);
        return response.json().get("accessToken").asText();
    }

    /** Creates a team owned by the token's user and answers its id. */
    public String createTeam(String token, String name) {
        Response response = post("/teams", token, Map.of("name", name));
        if (response.status() != 201) throw new AssertionError("team creation failed: " + response);
        return response.json().get("team").get("id").asText();
    }

    /** Logs the platform admin in and answers the token. */
    public String adminToken() {
        Response response = post("/auth/login", null, Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        if (response.status() != 200) throw new AssertionError("admin login failed: " + response);
        return response.json().get("accessToken").asText();
    }

    public static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
