package com.brewski.adapters.http.testing;

import com.brewski.adapters.http.HttpApi;
import com.brewski.adapters.http.identity.AuthRoutes;
import com.brewski.adapters.http.identity.PlatformRoutes;
import com.brewski.adapters.http.identity.SettingsRoutes;
import com.brewski.adapters.http.identity.TeamRoutes;
import com.brewski.adapters.http.support.BodyReader;
import com.brewski.adapters.http.system.FileRoutes;
import com.brewski.adapters.http.system.HealthRoutes;
import com.brewski.application.shared.HealthCheck;
import com.brewski.application.testing.IdentityFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole HTTP API on a random port over the identity use cases on in-memory ports, driven by a
 * real HTTP client. One per test, so rate limits and data never leak between tests.
 */
public final class RunningApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final IdentityFixture fixture = new IdentityFixture();
    public final InMemoryObjectStore objects = new InMemoryObjectStore();
    public final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final HttpApi api;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RunningApi(HealthCheck health, HttpApi.Settings settings) {
        HealthCheck check = health != null ? health : databaseUp::get;
        BodyReader bodies = HttpApi.bodies(settings);
        api = new HttpApi(fixture.signIn, settings, List.of(
                new AuthRoutes(fixture.signIn, fixture.profile, bodies),
                new TeamRoutes(fixture.manageTeams, objects, bodies),
                new SettingsRoutes(fixture.manageSettings, bodies),
                new PlatformRoutes(fixture.platformAccess, bodies),
                new HealthRoutes(check),
                new FileRoutes(objects))).start(0);
    }

    public static RunningApi start() {
        return new RunningApi(null, HttpApi.Settings.defaults());
    }

    public static RunningApi start(HealthCheck health) {
        return new RunningApi(health, HttpApi.Settings.defaults());
    }

    public static RunningApi start(HttpApi.Settings settings) {
        return new RunningApi(null, settings);
    }

    public int port() {
        return api.port();
    }

    @Override
    public void close() {
        api.stop();
        client.close();
    }

    // --- requests ---

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path)).timeout(Duration.ofSeconds(10));
    }

    public ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public ApiResponse get(String path, String token) {
        return send(authorized(request(path), token).GET().build());
    }

    public ApiResponse delete(String path, String token) {
        return send(authorized(request(path), token).DELETE().build());
    }

    public ApiResponse post(String path, String token, Object body) {
        return withBody("POST", path, token, body);
    }

    public ApiResponse put(String path, String token, Object body) {
        return withBody("PUT", path, token, body);
    }

    public ApiResponse patch(String path, String token, Object body) {
        return withBody("PATCH", path, token, body);
    }

    /** A JSON request; a String body is sent as is, anything else is serialised. */
    public ApiResponse withBody(String method, String path, String token, Object body) {
        HttpRequest.Builder builder = authorized(request(path), token);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : toJson(body)));
        }
        return send(builder.build());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String token) {
        if (token != null) builder.header("Authorization", "Bearer " + token);
        return builder;
    }

    public static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- scenarios ---

    /** A registered, signed-in user. */
    public record User(String id, String email, String accessToken, String refreshToken) {}

    public User register(String email) {
        ApiResponse response = post("/auth/register", null,
                Map.of("email", email, "password", "correct horse battery", "name", "Name of " + email));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode json = response.json();
        return new User(json.path("user").path("id").asText(), email,
                json.path("accessToken").asText(), json.path("refreshToken").asText());
    }

    /** Creates a team owned by the user; answers its id. */
    public String createTeam(User owner, String name) {
        ApiResponse response = post("/teams", owner.accessToken(), Map.of("name", name));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("team").path("id").asText();
    }

    public void addMember(User manager, String teamId, User member, String role) {
        ApiResponse response = post("/teams/" + teamId + "/members", manager.accessToken(),
                Map.of("email", member.email(), "role", role));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** Signs in the first platform admin (a super user) created the way the server does at start. */
    public User platformAdmin() {
        fixture.platformAccess.ensureAdmin("admin@brewski.test", "admin password 1");
        ApiResponse response = post("/auth/login", null, Map.of("email", "admin@brewski.test", "password", "admin password 1"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode json = response.json();
        return new User(json.path("user").path("id").asText(), "admin@brewski.test",
                json.path("accessToken").asText(), json.path("refreshToken").asText());
    }
}
