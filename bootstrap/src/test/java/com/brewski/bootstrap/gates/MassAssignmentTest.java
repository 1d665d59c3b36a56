package com.brewski.bootstrap.gates;

import com.brewski.adapters.http.support.Route;
import com.brewski.bootstrap.gates.RouteFixtures.Call;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mass assignment (OWASP API3) over every write route of the route table: a valid body carrying
 * fields its caller may not set — another team's {@code teamId}, an {@code id}, {@code createdAt},
 * {@code platformAccess}, a {@code role} on oneself, authors and numbers — never sets them. Each route
 * is called by the least privileged caller it serves; afterwards no row carries the forced id, the
 * other team's rows are unchanged, and nobody's platform access or team role has changed.
 */
@ExtendWith(SharedServer.class)
class MassAssignmentTest {
    private static final String FORCED_ID = "0badc0de-0000-4000-8000-00000000a551";
    private static final String FORCED_TIME = "2001-02-03T04:05:06.000Z";
    private static final String FORCED_NUMBER = "MASS-ASSIGNED-1";

    private static TestServer server;
    private static World world;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
        world = new World(shared);
    }

    /** The fields no body may set, for a route whose own body is {@code template}. */
    private static Map<String, Object> forced(Map<String, Object> template) {
        Map<String, Object> body = new LinkedHashMap<>(template);
        String otherTeam = world.other.id();
        String otherUser = world.other.owner().id();
        body.putIfAbsent("teamId", otherTeam);
        body.putIfAbsent("role", "owner");
        body.put("id", FORCED_ID);
        body.put("createdAt", FORCED_TIME);
        body.put("updatedAt", FORCED_TIME);
        body.put("platformAccess", "su");
        body.put("platformRole", "su");
        body.put("isPlatform", true);
        body.put("userId", otherUser);
        body.put("ownerId", otherUser);
        body.put("createdBy", otherUser);
        body.put("recordedBy", otherUser);
        body.put("actorId", otherUser);
        body.put("number", FORCED_NUMBER);
        body.put("invoiceNumber", FORCED_NUMBER);
        return body;
    }

    /** The least privileged caller a route serves. */
    private static CallerKind caller(Route route) {
        for (CallerKind kind : List.of(CallerKind.MEMBER, CallerKind.ADMIN, CallerKind.OWNER, CallerKind.SUPPORT, CallerKind.SU))
            if (kind.allowedBy(route.access())) return kind;
        throw new IllegalStateException("no caller for " + route.key());
    }

    @Test
    void fields_a_caller_may_not_set_are_never_set_by_any_write_route() {
        RouteFixtures fixtures = new RouteFixtures();
        Map<String, String> otherTeamBefore = rowsOfTeam(world.other.id());
        Map<CallerKind, JsonNode> profilesBefore = profiles();
        List<String> wrong = new ArrayList<>();
        int routes = 0;
        for (Route route : server.routes()) {
            if (route.method().name().equals("GET") || !fixtures.all().containsKey(route.key())) continue;
            CallerKind caller = route.access().name().equals("PUBLIC") ? CallerKind.ANONYMOUS : caller(route);
            Call call = fixtures.all().get(route.key()).build(world.owned(caller));
            if (!(call.body() instanceof Map<?, ?> template)) continue;
            @SuppressWarnings("unchecked") Map<String, Object> body = forced((Map<String, Object>) template);
            routes++;
            Response response = server.send(route.method().name(), call.path(), world.token(caller), body);
            if (call.endsSession()) world.signInAgain(caller);
            String where = route.key() + " as " + caller + ": ";
            if (response.status() != route.successStatus() && response.status() != 400) {
                wrong.add(where + "expected " + route.successStatus() + " (or a 400 naming the field), got " + response);
                continue;
            }
            for (String forced : List.of(FORCED_ID, FORCED_TIME, FORCED_NUMBER, world.other.id(), world.other.owner().id()))
                if (response.body().contains(forced)) wrong.add(where + "the answer carries the forced value " + forced);
        }
        assertThat(wrong).as("write routes that took fields their callers may not set:%n%s", String.join("\n", wrong)).isEmpty();
        assertThat(rowsWithId(FORCED_ID)).as("rows created with the forced id").isEmpty();
        assertThat(rowsOfTeam(world.other.id())).as("the other team's rows").isEqualTo(otherTeamBefore);
        assertThat(profiles()).as("platform access and team roles of every caller").isEqualTo(profilesBefore);
        System.out.printf("mass assignment: %d write routes, %d forced fields each%n", routes, forced(Map.of()).size());
    }

    @Test
    void a_member_or_admin_cannot_raise_their_own_role_or_grant_themselves_platform_access() {
        Map<CallerKind, JsonNode> before = profiles();
        for (CallerKind kind : List.of(CallerKind.MEMBER, CallerKind.ADMIN, CallerKind.DEACTIVATED_MEMBER)) {
            var self = world.user(kind);
            Response raised = server.patch("/teams/" + world.owning.id() + "/members/" + self.id(), world.token(kind), Map.of("role", "owner"));
            assertThat(raised.status()).as("%s making themselves owner: %s", kind, raised).isEqualTo(403);
            Response promoted = server.post("/teams/" + world.owning.id() + "/members/" + self.id() + "/owner", world.token(kind), null);
            assertThat(promoted.status()).as("%s promoting themselves: %s", kind, promoted).isEqualTo(403);
            Response granted = server.post("/platform/members", world.token(kind), Map.of("email", self.email(), "role", "su"));
            assertThat(granted.status()).as("%s granting themselves su: %s", kind, granted).isEqualTo(403);
        }
        Response support = server.post("/platform/members", world.token(CallerKind.SUPPORT),
                Map.of("email", world.user(CallerKind.SUPPORT).email(), "role", "su"));
        assertThat(support.status()).as("support granting themselves su: %s", support).isEqualTo(403);
        assertThat(profiles()).as("platform access and team roles of every caller").isEqualTo(before);
    }

    /** Each caller's platform access and role on the owning and the other team. */
    private static Map<CallerKind, JsonNode> profiles() {
        Map<CallerKind, JsonNode> profiles = new TreeMap<>();
        for (CallerKind kind : CallerKind.values()) {
            if (kind == CallerKind.ANONYMOUS) continue;
            JsonNode me = World.ok(server.get("/me", world.token(kind)), 200);
            var kept = World.JSON.createObjectNode();
            kept.set("platformAccess", me.get("platformAccess"));
            for (JsonNode membership : me.get("memberships")) {
                String team = membership.get("teamId").asText();
                if (team.equals(world.owning.id()) || team.equals(world.other.id())) kept.set(team, membership.get("role"));
            }
            profiles.put(kind, kept);
        }
        return profiles;
    }

    /** Every table's rows of the team (tables with a {@code team_id} column), one digest per table. */
    private static Map<String, String> rowsOfTeam(String teamId) {
        return query("team_id", teamId);
    }

    private static Map<String, String> rowsWithId(String id) {
        Map<String, String> found = new TreeMap<>(query("id", id));
        found.values().removeIf(digest -> digest.startsWith("0:"));
        return found;
    }

    private static Map<String, String> query(String column, String value) {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl()); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.columns where table_schema = 'public'"
                    + " and column_name = '" + column + "' and data_type = 'uuid'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '')"
                        + " from \"" + table + "\" t where " + column + " = '" + value + "'::uuid")) {
                    rs.next();
                    digests.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }
}
