package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.testing.ApiResponse;
import com.brewski.adapters.http.testing.RunningApi;
import com.brewski.adapters.http.testing.RunningApi.User;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformRoutesTest {
    private final RunningApi api = RunningApi.start();
    private final User admin = api.platformAdmin();
    private final User user = api.register("user@example.com");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_super_user_grants_support_access() {
        ApiResponse response = api.post("/platform/members", admin.accessToken(), Map.of("email", "USER@example.com", "role", "support"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode member = response.json().path("member");
        assertThat(member.path("userId").asText()).isEqualTo(user.id());
        assertThat(member.path("teamId").asText()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(member.path("role").asText()).isEqualTo("support");
        assertThat(member.path("email").asText()).isEqualTo("user@example.com");
        assertThat(member.path("deactivated").asBoolean()).isFalse();
        assertThat(api.get("/me", user.accessToken()).json().path("platformAccess").asText()).isEqualTo("support");
    }

    @Test
    void platform_members_are_listed_in_pages_for_staff_only() {
        api.post("/platform/members", admin.accessToken(), Map.of("email", user.email(), "role", "support"));

        ApiResponse bySupport = api.get("/platform/members?pageSize=1", user.accessToken());

        assertThat(bySupport.status()).isEqualTo(200);
        assertThat(bySupport.json().path("total").asLong()).isEqualTo(2);
        assertThat(bySupport.json().path("pages").asInt()).isEqualTo(2);
        assertThat(bySupport.json().path("results")).hasSize(1);
        assertThat(bySupport.json().path("results").get(0).path("email").asText()).isEqualTo("admin@brewski.test");
        assertThat(bySupport.json().path("results").get(0).path("role").asText()).isEqualTo("su");

        User outsider = api.register("outsider@example.com");
        ApiResponse byOutsider = api.get("/platform/members", outsider.accessToken());
        assertThat(byOutsider.status()).isEqualTo(403);
        assertThat(api.get("/platform/members", null).status()).isEqualTo(401);
        assertThat(api.get("/platform/members?pageSize=500", admin.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void only_super_users_grant_or_revoke() {
        api.post("/platform/members", admin.accessToken(), Map.of("email", user.email(), "role", "support"));
        User other = api.register("other@example.com");

        ApiResponse grantBySupport = api.post("/platform/members", user.accessToken(), Map.of("email", other.email(), "role", "su"));
        ApiResponse revokeBySupport = api.delete("/platform/members/" + admin.id(), user.accessToken());
        ApiResponse grantByOutsider = api.post("/platform/members", other.accessToken(), Map.of("email", other.email(), "role", "su"));

        assertThat(grantBySupport.status()).isEqualTo(403);
        assertThat(revokeBySupport.status()).isEqualTo(403);
        assertThat(grantByOutsider.status()).isEqualTo(403);
        assertThat(api.get("/me", other.accessToken()).json().path("platformAccess").isNull()).isTrue();
    }

    @Test
    void revoking_access_answers_204_and_the_user_loses_it() {
        api.post("/platform/members", admin.accessToken(), Map.of("email", user.email(), "role", "support"));

        ApiResponse response = api.delete("/platform/members/" + user.id(), admin.accessToken());

        assertThat(response.status()).isEqualTo(204);
        assertThat(api.get("/platform/members", user.accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/me", user.accessToken()).json().path("platformAccess").isNull()).isTrue();
    }

    @Test
    void the_last_super_user_cannot_be_revoked() {
        ApiResponse response = api.delete("/platform/members/" + admin.id(), admin.accessToken());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.message()).isEqualTo("The platform must keep at least one super user");
    }

    @Test
    void revoking_an_unknown_or_malformed_member_answers_404() {
        for (String id : new String[]{UUID.randomUUID().toString(), "nope"}) {
            ApiResponse response = api.delete("/platform/members/" + id, admin.accessToken());
            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(response.message()).isEqualTo("Platform member not found");
        }
    }

    @Test
    void granting_with_bad_fields_answers_400_or_404_for_an_unknown_user() {
        ApiResponse badRole = api.post("/platform/members", admin.accessToken(), Map.of("email", user.email(), "role", "owner"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.message()).isEqualTo("role must be one of su, support");
        ApiResponse badEmail = api.post("/platform/members", admin.accessToken(), Map.of("email", "x", "role", "su"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.message()).contains("email");
        ApiResponse unknown = api.post("/platform/members", admin.accessToken(), Map.of("email", "ghost@example.com", "role", "su"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.message()).isEqualTo("User not found");
    }
}
