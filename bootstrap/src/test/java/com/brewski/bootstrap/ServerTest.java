package com.brewski.bootstrap;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole server on PostgreSQL, over real HTTP: identity, teams, settings and isolation end to end. */
@ExtendWith(SharedServer.class)
class ServerTest {
    private static TestServer server;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
    }

    @Test
    void health_checks_the_database() {
        Response health = server.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("database").asText()).isEqualTo("up");
        assertThat(health.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void a_newcomer_registers_creates_a_team_and_reads_it_back() {
        Response registered = server.post("/auth/register", null,
                Map.of("email", "Ann@Lantern.example", "password", "correct horse", "name", "Ann"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("user").get("email").asText()).isEqualTo("ann@lantern.example");
        assertThat(registered.json().get("expiresAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        String token = registered.json().get("accessToken").asText();

        Response created = server.post("/teams", token, Map.of("name", "Lantern Brewery", "currencySymbol", "€"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("membership").get("role").asText()).isEqualTo("owner");
        String teamId = created.json().get("team").get("id").asText();

        Response me = server.get("/me", token);
        assertThat(me.json().get("memberships").get(0).get("teamName").asText()).isEqualTo("Lantern Brewery");
        assertThat(me.json().get("platformAccess").isNull()).isTrue();

        Response settings = server.get("/settings?teamId=" + teamId, token);
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().get("currencySymbol").asText()).isEqualTo("€");

        Response login = server.post("/auth/login", null, Map.of("email", "ann@lantern.example", "password", "correct horse"));
        assertThat(login.status()).isEqualTo(200);
        Response again = server.post("/auth/register", null,
                Map.of("email", "ann@lantern.example", "password", "other horse", "name", "Ann"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void a_member_of_team_b_gets_403_on_everything_of_team_a() {
        String ownerA = server.register("Owner A");
        String teamA = server.createTeam(ownerA, "Team A");
        String ownerB = server.register("Owner B");
        server.createTeam(ownerB, "Team B");

        assertThat(server.get("/teams/" + teamA, ownerB).status()).isEqualTo(403);
        assertThat(server.get("/teams/" + teamA + "/members", ownerB).status()).isEqualTo(403);
        assertThat(server.get("/settings?teamId=" + teamA, ownerB).status()).isEqualTo(403);
        assertThat(server.put("/settings", ownerB, Map.of("teamId", teamA, "currencySymbol", "$")).status()).isEqualTo(403);
        assertThat(server.post("/teams/" + teamA + "/members", ownerB, Map.of("email", "x@y.example", "role", "admin")).status())
                .isEqualTo(403);
        assertThat(server.get("/teams/00000000-0000-0000-0000-00000000abcd", ownerB).status()).isEqualTo(404);
    }

    @Test
    void settings_show_the_four_default_containers_and_owners_choose_among_them() {
        String owner = server.register("Owner D");
        String teamId = server.createTeam(owner, "Defaults Brewery");
        Response settings = server.get("/settings?teamId=" + teamId, owner);
        assertThat(settings.json().get("defaultContainers")).hasSize(4);
        assertThat(settings.json().get("defaultContainers").get(0).get("selected").asBoolean()).isTrue();
        String keg = settings.json().get("defaultContainers").get(0).get("id").asText();

        Response changed = server.put("/settings", owner, Map.of("teamId", teamId,
                "defaultContainers", java.util.List.of(Map.of("id", keg, "priceMinor", 12000, "selected", false))));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("defaultContainers").get(0).get("selected").asBoolean()).isFalse();
        assertThat(changed.json().get("defaultContainers").get(0).get("priceMinor").asLong()).isEqualTo(12000);
        assertThat(changed.json().get("defaultContainers").get(1).get("selected").asBoolean()).isTrue();

        Response unknown = server.put("/settings", owner, Map.of("teamId", teamId,
                "defaultContainers", java.util.List.of(Map.of("id", java.util.UUID.randomUUID().toString()))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).contains("defaultContainers");
        Response malformed = server.put("/settings", owner, Map.of("teamId", teamId, "defaultContainers", "all"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).contains("defaultContainers");
    }

    @Test
    void logout_stops_the_access_token_and_refresh_rotates() {
        Response registered = server.post("/auth/register", null,
                Map.of("email", "rota@lantern.example", "password", "correct horse", "name", "Rota"));
        String access = registered.json().get("accessToken").asText();
        String refresh = registered.json().get("refreshToken").asText();

        Response rotated = server.post("/auth/refresh", null, Map.of("refreshToken", refresh));
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(server.post("/auth/refresh", null, Map.of("refreshToken", refresh)).status()).isEqualTo(401);

        String newAccess = rotated.json().get("accessToken").asText();
        Response other = server.post("/auth/login", null, Map.of("email", "rota@lantern.example", "password", "correct horse"));
        String otherAccess = other.json().get("accessToken").asText();
        assertThat(server.post("/auth/logout", otherAccess, Map.of()).status()).isEqualTo(204);
        assertThat(server.get("/me", otherAccess).status()).isEqualTo(401);
        assertThat(server.get("/me", access).status()).isEqualTo(401);
    }

    @Test
    void the_first_platform_admin_exists_and_grants_support() {
        String admin = server.adminToken();
        assertThat(server.get("/me", admin).json().get("platformAccess").asText()).isEqualTo("su");
        Response registered = server.post("/auth/register", null,
                Map.of("email", "helper@brewski.example", "password", "correct horse", "name", "Helper"));
        assertThat(server.post("/platform/members", admin, Map.of("email", "helper@brewski.example", "role", "support")).status())
                .isEqualTo(201);
        assertThat(server.get("/me", registered.json().get("accessToken").asText()).json().get("platformAccess").asText())
                .isEqualTo("support");
    }

    @Test
    void errors_never_leak_internals() {
        String token = server.register("Probe");
        Response bad = server.send("POST", "/teams", token, "{\"name\": ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at com.");
        Response unknown = server.get("/nowhere", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("not found");
    }
}
