package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.testing.ApiResponse;
import com.brewski.adapters.http.testing.RunningApi;
import com.brewski.adapters.http.testing.RunningApi.User;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuthRoutesTest {
    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void register_answers_201_with_the_user_and_a_token_pair() {
        ApiResponse response = api.post("/auth/register", null,
                Map.of("email", " Ada@Example.COM ", "password", "correct horse battery", "name", "Ada"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode json = response.json();
        assertThat(json.path("user").path("email").asText()).isEqualTo("ada@example.com");
        assertThat(json.path("user").path("name").asText()).isEqualTo("Ada");
        assertThat(json.path("user").path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(json.path("user").path("createdAt").asText()).isEqualTo("2025-03-01T09:00:00.000Z");
        assertThat(json.path("user").path("updatedAt").asText()).isEqualTo("2025-03-01T09:00:00.000Z");
        assertThat(json.path("accessToken").asText()).startsWith("bka_");
        assertThat(json.path("refreshToken").asText()).startsWith("bkr_");
        assertThat(json.path("expiresAt").asText()).isEqualTo("2025-03-01T11:00:00.000Z");
        assertThat(json.path("refreshExpiresAt").asText()).isEqualTo("2025-03-31T09:00:00.000Z");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.get("/me", json.path("accessToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void register_with_an_email_that_already_has_a_password_answers_409() {
        api.register("ada@example.com");

        ApiResponse again = api.post("/auth/register", null,
                Map.of("email", "ADA@example.com", "password", "another password", "name", "Imposter"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).isEqualTo("email is already registered");
    }

    @Test
    void register_completes_an_account_that_was_added_to_a_team_by_email() {
        User owner = api.register("owner@example.com");
        String teamId = api.createTeam(owner, "Hop Co");
        api.post("/teams/" + teamId + "/members", owner.accessToken(), Map.of("email", "new@example.com", "role", "member"));

        ApiResponse response = api.post("/auth/register", null,
                Map.of("email", "new@example.com", "password", "my own password", "name", "Newcomer"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("user").path("name").asText()).isEqualTo("Newcomer");
        JsonNode me = api.get("/me", response.json().path("accessToken").asText()).json();
        assertThat(me.path("memberships").get(0).path("teamName").asText()).isEqualTo("Hop Co");
    }

    @Test
    void register_with_bad_fields_answers_400_naming_the_field() {
        assertThat(api.post("/auth/register", null, Map.of("email", "not-an-email", "password", "long enough pw", "name", "A")).message())
                .contains("email");
        ApiResponse shortPassword = api.post("/auth/register", null, Map.of("email", "a@example.com", "password", "short", "name", "A"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.message()).isEqualTo("password must be at least 8 characters");
        ApiResponse noName = api.post("/auth/register", null, Map.of("email", "a@example.com", "password", "long enough pw"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.message()).isEqualTo("name is required");
        ApiResponse numericName = api.post("/auth/register", null, "{\"email\":\"a@example.com\",\"password\":\"long enough pw\",\"name\":42}");
        assertThat(numericName.status()).isEqualTo(400);
        assertThat(numericName.message()).isEqualTo("name must be a string");
    }

    @Test
    void login_answers_200_with_a_fresh_token_pair() {
        User user = api.register("ada@example.com");

        ApiResponse response = api.post("/auth/login", null, Map.of("email", "ada@example.com", "password", "correct horse battery"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("user").path("id").asText()).isEqualTo(user.id());
        assertThat(response.json().path("accessToken").asText()).isNotEqualTo(user.accessToken());
        assertThat(api.get("/me", response.json().path("accessToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void login_with_a_wrong_password_answers_401_invalid_email_or_password() {
        api.register("ada@example.com");

        ApiResponse response = api.post("/auth/login", null, Map.of("email", "ada@example.com", "password", "wrong password"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"invalid email or password\"}");
    }

    @Test
    void login_with_unknown_email_answers_the_same_401() {
        api.register("ada@example.com");
        ApiResponse wrongPassword = api.post("/auth/login", null, Map.of("email", "ada@example.com", "password", "wrong password"));

        ApiResponse unknown = api.post("/auth/login", null, Map.of("email", "nobody@example.com", "password", "wrong password"));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void login_without_email_answers_400_naming_email() {
        ApiResponse response = api.post("/auth/login", null, Map.of("password", "whatever pw"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.message()).isEqualTo("email is required");
    }

    @Test
    void login_is_throttled_per_email_with_429_and_retry_after() {
        api.register("ada@example.com");
        for (int i = 0; i < 10; i++) {
            assertThat(api.post("/auth/login", null, Map.of("email", "ada@example.com", "password", "wrong password")).status())
                    .isEqualTo(401);
        }

        ApiResponse throttled = api.post("/auth/login", null, Map.of("email", "ada@example.com", "password", "correct horse battery"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.message()).isEqualTo("too many attempts, try again later");
        assertThat(throttled.header("Retry-After")).isEqualTo("900");

        api.fixture.clock.advance(Duration.ofMinutes(16));
        assertThat(api.post("/auth/login", null, Map.of("email", "ada@example.com", "password", "correct horse battery")).status())
                .isEqualTo(200);
    }

    @Test
    void refresh_rotates_the_token_pair() {
        User user = api.register("ada@example.com");

        ApiResponse response = api.post("/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));

        assertThat(response.status()).isEqualTo(200);
        String newAccess = response.json().path("accessToken").asText();
        String newRefresh = response.json().path("refreshToken").asText();
        assertThat(newRefresh).isNotEqualTo(user.refreshToken());
        assertThat(newAccess).isNotEqualTo(user.accessToken());
        assertThat(response.json().path("user").path("id").asText()).isEqualTo(user.id());
        assertThat(api.get("/me", newAccess).status()).isEqualTo(200);
        assertThat(api.get("/me", user.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void reusing_a_rotated_refresh_token_answers_401_and_ends_the_whole_family() {
        User user = api.register("ada@example.com");
        JsonNode rotated = api.post("/auth/refresh", null, Map.of("refreshToken", user.refreshToken())).json();

        ApiResponse reuse = api.post("/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.message()).isEqualTo("invalid refresh token");
        assertThat(api.post("/auth/refresh", null, Map.of("refreshToken", rotated.path("refreshToken").asText())).status())
                .isEqualTo(401);
        assertThat(api.get("/me", rotated.path("accessToken").asText()).status()).isEqualTo(401);
    }

    @Test
    void refresh_with_an_unknown_token_answers_401_and_without_one_400() {
        assertThat(api.post("/auth/refresh", null, Map.of("refreshToken", "bkr_nonsense")).status()).isEqualTo(401);
        ApiResponse missing = api.post("/auth/refresh", null, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("refreshToken is required");
    }

    @Test
    void logout_with_the_bearer_kills_the_access_token() {
        User user = api.register("ada@example.com");

        ApiResponse response = api.post("/auth/logout", user.accessToken(), null);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.bytes()).isEmpty();
        ApiResponse me = api.get("/me", user.accessToken());
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.body()).isEqualTo("{\"message\":\"unauthorized\"}");
    }

    @Test
    void logout_with_the_refresh_token_ends_it() {
        User user = api.register("ada@example.com");

        assertThat(api.post("/auth/logout", null, Map.of("refreshToken", user.refreshToken())).status()).isEqualTo(204);

        assertThat(api.post("/auth/refresh", null, Map.of("refreshToken", user.refreshToken())).status()).isEqualTo(401);
        assertThat(api.get("/me", user.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void logout_is_idempotent_and_answers_204_without_any_token() {
        User user = api.register("ada@example.com");
        assertThat(api.post("/auth/logout", user.accessToken(), Map.of("refreshToken", user.refreshToken())).status()).isEqualTo(204);

        assertThat(api.post("/auth/logout", user.accessToken(), Map.of("refreshToken", user.refreshToken())).status()).isEqualTo(204);
        assertThat(api.post("/auth/logout", null, null).status()).isEqualTo(204);
        assertThat(api.post("/auth/logout", "bka_garbage", Map.of("refreshToken", "bkr_garbage")).status()).isEqualTo(204);
    }

    @Test
    void me_answers_the_user_their_memberships_and_no_platform_access() {
        User user = api.register("ada@example.com");
        String teamId = api.createTeam(user, "Hop Co");

        ApiResponse response = api.get("/me", user.accessToken());

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("user").path("email").asText()).isEqualTo("ada@example.com");
        assertThat(json.path("memberships")).hasSize(1);
        assertThat(json.path("memberships").get(0).path("teamId").asText()).isEqualTo(teamId);
        assertThat(json.path("memberships").get(0).path("teamName").asText()).isEqualTo("Hop Co");
        assertThat(json.path("memberships").get(0).path("role").asText()).isEqualTo("owner");
        assertThat(json.has("platformAccess")).isTrue();
        assertThat(json.path("platformAccess").isNull()).isTrue();
    }

    @Test
    void me_shows_platform_access_of_staff() {
        User admin = api.platformAdmin();

        assertThat(api.get("/me", admin.accessToken()).json().path("platformAccess").asText()).isEqualTo("su");
    }

    @Test
    void me_without_a_valid_bearer_answers_401_unauthorized() {
        User user = api.register("ada@example.com");
        for (ApiResponse response : new ApiResponse[]{
                api.get("/me", null),
                api.get("/me", "bka_not-a-token"),
                api.send(api.request("/me").header("Authorization", "Basic " + user.accessToken()).GET().build()),
                api.send(api.request("/me").header("Authorization", "Bearer ").GET().build())}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"message\":\"unauthorized\"}");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        assertThat(api.send(api.request("/me").header("Authorization", "bearer " + user.accessToken()).GET().build()).status())
                .isEqualTo(200);
    }

    @Test
    void an_access_token_expires_after_its_lifetime() {
        User user = api.register("ada@example.com");

        api.fixture.clock.advance(Duration.ofHours(2));

        assertThat(api.get("/me", user.accessToken()).status()).isEqualTo(401);
    }
}
