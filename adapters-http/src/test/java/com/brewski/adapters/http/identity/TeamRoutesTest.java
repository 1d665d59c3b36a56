package com.brewski.adapters.http.identity;

import com.brewski.adapters.http.testing.ApiResponse;
import com.brewski.adapters.http.testing.InMemoryObjectStore;
import com.brewski.adapters.http.testing.RunningApi;
import com.brewski.adapters.http.testing.RunningApi.User;
import com.brewski.domain.identity.TeamId;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TeamRoutesTest {
    private final RunningApi api = RunningApi.start();
    private final User owner = api.register("owner@example.com");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creating_a_team_answers_201_with_the_team_and_the_owner_membership() {
        ApiResponse response = api.post("/teams", owner.accessToken(), Map.of("name", "Hop Co"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode team = response.json().path("team");
        assertThat(team.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(team.path("name").asText()).isEqualTo("Hop Co");
        assertThat(team.path("currencySymbol").asText()).isEqualTo("£");
        assertThat(team.path("locale").asText()).isEqualTo("en-GB");
        assertThat(team.path("obscureOrderNumber").asBoolean()).isFalse();
        assertThat(team.path("defaultPaymentTermsAmount").asInt()).isEqualTo(30);
        assertThat(team.path("defaultPaymentTermsUnit").asText()).isEqualTo("days");
        assertThat(team.path("operatingMode").asText()).isEqualTo("brewery");
        for (String nullField : new String[]{"billingName", "billingAddress", "vatNumber", "paymentDetails",
                "invoiceTerms", "offTradeContactEmail", "logoUrl"}) {
            assertThat(team.has(nullField)).as(nullField).isTrue();
            assertThat(team.path(nullField).isNull()).as(nullField).isTrue();
        }
        assertThat(team.path("location").has("town")).isTrue();
        assertThat(team.path("location").path("town").isNull()).isTrue();
        assertThat(team.path("createdAt").asText()).isEqualTo("2025-03-01T09:00:00.000Z");
        JsonNode membership = response.json().path("membership");
        assertThat(membership.path("teamId").asText()).isEqualTo(team.path("id").asText());
        assertThat(membership.path("userId").asText()).isEqualTo(owner.id());
        assertThat(membership.path("role").asText()).isEqualTo("owner");
        assertThat(membership.path("deactivated").asBoolean()).isFalse();
        assertThat(membership.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(membership.path("createdAt").asText()).isEqualTo("2025-03-01T09:00:00.000Z");
        assertThat(membership.path("updatedAt").asText()).isEqualTo("2025-03-01T09:00:00.000Z");
    }

    @Test
    void creating_a_team_takes_its_initial_settings() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Hop Co");
        body.put("currencySymbol", "€");
        body.put("locale", "fr-FR");
        body.put("obscureOrderNumber", true);
        body.put("billingName", "Hop Co Ltd");
        body.put("billingAddress", "1 Mash Lane");
        body.put("vatNumber", "GB123");
        body.put("paymentDetails", "Sort 00-00-00");
        body.put("invoiceTerms", "Pay promptly");
        body.put("defaultPaymentTermsAmount", 2);
        body.put("defaultPaymentTermsUnit", "weeks");
        body.put("operatingMode", "hybrid");
        body.put("location", Map.of("town", "Leeds", "country", "England"));
        body.put("offTradeContactEmail", "Orders@HopCo.example");
        body.put("deposits", Map.of("keg", Map.of("enabled", true, "amountMinor", 3000)));

        ApiResponse response = api.post("/teams", owner.accessToken(), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode team = response.json().path("team");
        assertThat(team.path("currencySymbol").asText()).isEqualTo("€");
        assertThat(team.path("locale").asText()).isEqualTo("fr-FR");
        assertThat(team.path("obscureOrderNumber").asBoolean()).isTrue();
        assertThat(team.path("billingName").asText()).isEqualTo("Hop Co Ltd");
        assertThat(team.path("billingAddress").asText()).isEqualTo("1 Mash Lane");
        assertThat(team.path("vatNumber").asText()).isEqualTo("GB123");
        assertThat(team.path("paymentDetails").asText()).isEqualTo("Sort 00-00-00");
        assertThat(team.path("invoiceTerms").asText()).isEqualTo("Pay promptly");
        assertThat(team.path("defaultPaymentTermsAmount").asInt()).isEqualTo(2);
        assertThat(team.path("defaultPaymentTermsUnit").asText()).isEqualTo("weeks");
        assertThat(team.path("operatingMode").asText()).isEqualTo("hybrid");
        assertThat(team.path("location").path("town").asText()).isEqualTo("Leeds");
        assertThat(team.path("location").path("country").asText()).isEqualTo("England");
        assertThat(team.path("offTradeContactEmail").asText()).isEqualTo("orders@hopco.example");
        JsonNode settings = api.get("/settings?teamId=" + team.path("id").asText(), owner.accessToken()).json();
        assertThat(settings.path("deposits").path("keg").path("enabled").asBoolean()).isTrue();
        assertThat(settings.path("deposits").path("keg").path("amountMinor").asLong()).isEqualTo(3000);
    }

    @Test
    void creating_a_team_with_bad_fields_answers_400_naming_the_field() {
        assertBadRequest(Map.of("currencySymbol", "£"), "name is required");
        assertBadRequest(Map.of("name", "Hop Co", "obscureOrderNumber", "yes"), "obscureOrderNumber must be a boolean");
        assertBadRequest(Map.of("name", "Hop Co", "defaultPaymentTermsUnit", "years"),
                "defaultPaymentTermsUnit must be one of days, weeks, months");
        assertBadRequest(Map.of("name", "Hop Co", "defaultPaymentTermsAmount", 1.5), "defaultPaymentTermsAmount must be an integer");
        assertBadRequest(Map.of("name", "Hop Co", "operatingMode", "pub"), "operatingMode must be one of shop, hybrid, brewery");
        assertBadRequest(Map.of("name", "Hop Co", "locale", "english"), "locale must look like en-GB");
        assertBadRequest(Map.of("name", "Hop Co", "offTradeContactEmail", "nope"), "offTradeContactEmail must be a valid email address");
        assertBadRequest(Map.of("name", "Hop Co", "location", "Leeds"), "location must be an object");
    }

    private void assertBadRequest(Map<String, Object> body, String message) {
        ApiResponse response = api.post("/teams", owner.accessToken(), body);
        assertThat(response.status()).as(body.toString()).isEqualTo(400);
        assertThat(response.message()).isEqualTo(message);
    }

    @Test
    void creating_a_team_needs_a_signed_in_user() {
        ApiResponse response = api.post("/teams", null, Map.of("name", "Hop Co"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.message()).isEqualTo("unauthorized");
    }

    @Test
    void a_member_reads_the_team() {
        String teamId = api.createTeam(owner, "Hop Co");
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, member, "member");

        ApiResponse response = api.get("/teams/" + teamId, member.accessToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("team").path("id").asText()).isEqualTo(teamId);
        assertThat(response.json().path("team").path("name").asText()).isEqualTo("Hop Co");
    }

    @Test
    void the_team_shows_its_logo_url_from_the_object_store() {
        String teamId = api.createTeam(owner, "Hop Co");
        var team = api.fixture.teams.byId(new TeamId(UUID.fromString(teamId))).orElseThrow();
        team.changeLogo("logos/hop-co.png", api.fixture.clock.instant());

        ApiResponse response = api.get("/teams/" + teamId, owner.accessToken());

        assertThat(response.json().path("team").path("logoUrl").asText()).isEqualTo(InMemoryObjectStore.BASE_URL + "logos/hop-co.png");
    }

    @Test
    void an_unknown_or_malformed_team_id_answers_404_team_not_found() {
        for (String id : new String[]{UUID.randomUUID().toString(), "not-a-uuid", "123"}) {
            ApiResponse response = api.get("/teams/" + id, owner.accessToken());
            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(response.message()).isEqualTo("Team not found");
        }
    }

    @Test
    void the_platform_team_is_not_visible_as_a_team() {
        User admin = api.platformAdmin();

        ApiResponse response = api.get("/teams/00000000-0000-0000-0000-000000000001", admin.accessToken());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void members_are_listed_in_pages() {
        String teamId = api.createTeam(owner, "Hop Co");
        User second = api.register("second@example.com");
        User third = api.register("third@example.com");
        api.addMember(owner, teamId, second, "admin");
        api.fixture.clock.advance(java.time.Duration.ofSeconds(1));
        api.addMember(owner, teamId, third, "member");

        ApiResponse all = api.get("/teams/" + teamId + "/members", owner.accessToken());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("page").asInt()).isEqualTo(1);
        assertThat(all.json().path("pageSize").asInt()).isEqualTo(25);
        assertThat(all.json().path("total").asLong()).isEqualTo(3);
        assertThat(all.json().path("pages").asInt()).isEqualTo(1);
        assertThat(all.json().path("results")).hasSize(3);
        JsonNode first = all.json().path("results").get(0);
        assertThat(first.path("userId").asText()).isEqualTo(owner.id());
        assertThat(first.path("email").asText()).isEqualTo("owner@example.com");
        assertThat(first.path("name").asText()).isEqualTo("Name of owner@example.com");
        assertThat(first.path("role").asText()).isEqualTo("owner");
        assertThat(first.path("teamId").asText()).isEqualTo(teamId);
        assertThat(first.path("deactivated").asBoolean()).isFalse();

        ApiResponse page = api.get("/teams/" + teamId + "/members?page=3&pageSize=1", owner.accessToken());
        assertThat(page.json().path("page").asInt()).isEqualTo(3);
        assertThat(page.json().path("pageSize").asInt()).isEqualTo(1);
        assertThat(page.json().path("pages").asInt()).isEqualTo(3);
        assertThat(page.json().path("results")).hasSize(1);
        assertThat(page.json().path("results").get(0).path("email").asText()).isEqualTo("third@example.com");
    }

    @Test
    void bad_paging_parameters_answer_400_naming_them() {
        String teamId = api.createTeam(owner, "Hop Co");

        ApiResponse tooBig = api.get("/teams/" + teamId + "/members?pageSize=201", owner.accessToken());
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.message()).isEqualTo("pageSize must be between 1 and 200");
        ApiResponse notNumber = api.get("/teams/" + teamId + "/members?page=abc", owner.accessToken());
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.message()).isEqualTo("page must be a whole number");
        ApiResponse zero = api.get("/teams/" + teamId + "/members?page=0", owner.accessToken());
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.message()).contains("page");
        assertThat(api.get("/teams/" + teamId + "/members?pageSize=200", owner.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void an_owner_adds_a_member_by_email() {
        String teamId = api.createTeam(owner, "Hop Co");
        User member = api.register("member@example.com");

        ApiResponse response = api.post("/teams/" + teamId + "/members", owner.accessToken(),
                Map.of("email", "Member@Example.com", "role", "admin"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode json = response.json().path("member");
        assertThat(json.path("userId").asText()).isEqualTo(member.id());
        assertThat(json.path("teamId").asText()).isEqualTo(teamId);
        assertThat(json.path("role").asText()).isEqualTo("admin");
        assertThat(json.path("email").asText()).isEqualTo("member@example.com");
        assertThat(json.path("deactivated").asBoolean()).isFalse();
        assertThat(api.get("/teams/" + teamId, member.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void adding_someone_twice_answers_409() {
        String teamId = api.createTeam(owner, "Hop Co");
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, member, "member");

        ApiResponse again = api.post("/teams/" + teamId + "/members", owner.accessToken(),
                Map.of("email", member.email(), "role", "member"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).isEqualTo("User is already a member of this team");
    }

    @Test
    void adding_a_member_with_bad_fields_answers_400_naming_the_field() {
        String teamId = api.createTeam(owner, "Hop Co");

        ApiResponse badRole = api.post("/teams/" + teamId + "/members", owner.accessToken(), Map.of("email", "a@example.com", "role", "boss"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.message()).isEqualTo("role must be one of owner, admin, member");
        ApiResponse noRole = api.post("/teams/" + teamId + "/members", owner.accessToken(), Map.of("email", "a@example.com"));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.message()).isEqualTo("role is required");
        ApiResponse badEmail = api.post("/teams/" + teamId + "/members", owner.accessToken(), Map.of("email", "nope", "role", "member"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.message()).isEqualTo("email must be a valid email address");
    }

    @Test
    void a_plain_member_cannot_manage_members() {
        String teamId = api.createTeam(owner, "Hop Co");
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, member, "member");

        ApiResponse add = api.post("/teams/" + teamId + "/members", member.accessToken(), Map.of("email", "x@example.com", "role", "member"));
        ApiResponse remove = api.delete("/teams/" + teamId + "/members/" + owner.id(), member.accessToken());

        assertThat(add.status()).isEqualTo(403);
        assertThat(remove.status()).isEqualTo(403);
    }

    @Test
    void an_owner_changes_a_members_role() {
        String teamId = api.createTeam(owner, "Hop Co");
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, member, "member");

        ApiResponse response = api.patch("/teams/" + teamId + "/members/" + member.id(), owner.accessToken(), Map.of("role", "admin"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("member").path("role").asText()).isEqualTo("admin");
        assertThat(response.json().path("member").path("userId").asText()).isEqualTo(member.id());
    }

    @Test
    void the_last_owner_cannot_step_down() {
        String teamId = api.createTeam(owner, "Hop Co");

        ApiResponse response = api.patch("/teams/" + teamId + "/members/" + owner.id(), owner.accessToken(), Map.of("role", "admin"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.message()).isEqualTo("A team must keep at least one owner");
    }

    @Test
    void an_admin_cannot_change_an_owner_or_make_owners() {
        String teamId = api.createTeam(owner, "Hop Co");
        User admin = api.register("admin@example.com");
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, admin, "admin");
        api.addMember(owner, teamId, member, "member");

        assertThat(api.patch("/teams/" + teamId + "/members/" + owner.id(), admin.accessToken(), Map.of("role", "member")).status())
                .isEqualTo(403);
        assertThat(api.post("/teams/" + teamId + "/members/" + member.id() + "/owner", admin.accessToken(), null).status())
                .isEqualTo(403);
    }

    @Test
    void removing_a_member_deactivates_them_and_they_lose_access() {
        String teamId = api.createTeam(owner, "Hop Co");
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, member, "member");

        ApiResponse response = api.delete("/teams/" + teamId + "/members/" + member.id(), owner.accessToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("member").path("deactivated").asBoolean()).isTrue();
        assertThat(response.json().path("member").path("userId").asText()).isEqualTo(member.id());
        assertThat(api.get("/teams/" + teamId, member.accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/teams/" + teamId + "/members", member.accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/settings?teamId=" + teamId, member.accessToken()).status()).isEqualTo(403);
        assertThat(api.get("/me", member.accessToken()).json().path("memberships")).isEmpty();
    }

    @Test
    void owners_cannot_be_removed() {
        String teamId = api.createTeam(owner, "Hop Co");
        User second = api.register("second@example.com");
        api.addMember(owner, teamId, second, "owner");

        ApiResponse response = api.delete("/teams/" + teamId + "/members/" + second.id(), owner.accessToken());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.message()).isEqualTo("Owners cannot be removed");
    }

    @Test
    void an_owner_promotes_a_member_to_owner() {
        String teamId = api.createTeam(owner, "Hop Co");
        User member = api.register("member@example.com");
        api.addMember(owner, teamId, member, "member");

        ApiResponse response = api.post("/teams/" + teamId + "/members/" + member.id() + "/owner", owner.accessToken(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("member").path("role").asText()).isEqualTo("owner");
        assertThat(api.patch("/teams/" + teamId + "/members/" + owner.id(), owner.accessToken(), Map.of("role", "admin")).status())
                .as("with a second owner the first may step down")
                .isEqualTo(200);
    }

    @Test
    void member_changes_on_unknown_or_malformed_users_answer_404_member_not_found() {
        String teamId = api.createTeam(owner, "Hop Co");
        String unknown = UUID.randomUUID().toString();

        for (ApiResponse response : new ApiResponse[]{
                api.patch("/teams/" + teamId + "/members/" + unknown, owner.accessToken(), Map.of("role", "admin")),
                api.delete("/teams/" + teamId + "/members/" + unknown, owner.accessToken()),
                api.post("/teams/" + teamId + "/members/" + unknown + "/owner", owner.accessToken(), null),
                api.delete("/teams/" + teamId + "/members/not-a-uuid", owner.accessToken())}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.message()).isEqualTo("Member not found");
        }
    }

    @Test
    void a_member_of_another_team_gets_nothing_of_this_team() {
        String teamA = api.createTeam(owner, "Team A");
        User memberOfA = api.register("member-a@example.com");
        api.addMember(owner, teamA, memberOfA, "member");
        User ownerOfB = api.register("owner-b@example.com");
        String teamB = api.createTeam(ownerOfB, "Team B");
        String token = ownerOfB.accessToken();

        ApiResponse[] responses = {
                api.get("/teams/" + teamA, token),
                api.get("/teams/" + teamA + "/members", token),
                api.post("/teams/" + teamA + "/members", token, Map.of("email", "x@example.com", "role", "member")),
                api.patch("/teams/" + teamA + "/members/" + memberOfA.id(), token, Map.of("role", "admin")),
                api.delete("/teams/" + teamA + "/members/" + memberOfA.id(), token),
                api.post("/teams/" + teamA + "/members/" + memberOfA.id() + "/owner", token, null),
                api.get("/settings?teamId=" + teamA, token),
                api.put("/settings", token, Map.of("teamId", teamA, "teamName", "Taken over")),
        };

        for (ApiResponse response : responses) {
            assertThat(response.status()).as(response.toString()).isIn(403, 404);
            assertThat(response.body()).doesNotContain("Team A").doesNotContain("member-a@example.com");
        }
        JsonNode members = api.get("/teams/" + teamA + "/members", owner.accessToken()).json();
        assertThat(members.path("results").get(1).path("role").asText()).isEqualTo("member");
        assertThat(members.path("results").get(1).path("deactivated").asBoolean()).isFalse();
        assertThat(api.get("/teams/" + teamA, owner.accessToken()).json().path("team").path("name").asText()).isEqualTo("Team A");
        assertThat(api.get("/teams/" + teamB, token).status()).isEqualTo(200);
    }
}
