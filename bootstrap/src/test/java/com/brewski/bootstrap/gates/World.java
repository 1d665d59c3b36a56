package com.brewski.bootstrap.gates;

import com.brewski.bootstrap.testing.Teams;
import com.brewski.bootstrap.testing.Teams.Team;
import com.brewski.bootstrap.testing.Teams.User;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The people and teams of the gate tests: the owning team (an owner, an admin, a member and a
 * deactivated member), another team with data of its own, a partner team for group routes, and
 * platform staff. {@link #owned} builds fresh resources of the owning team for one request.
 */
final class World {
    static final String PASSWORD = "correct horse";

    final TestServer server;
    final Teams teams;
    Team owning;
    Team other;
    final Team partner;
    private final Map<CallerKind, User> users = new EnumMap<>(CallerKind.class);
    private final Map<CallerKind, String> tokens = new EnumMap<>(CallerKind.class);
    /** Ids of the other team and its data: no answer to a caller outside it may contain one. */
    final Set<String> otherTeamIds = new HashSet<>();
    /** Ids of the owning team and its standing data: no answer to the other team's member may contain one. */
    final Set<String> owningTeamIds = new HashSet<>();

    World(TestServer server) {
        this.server = server;
        this.teams = new Teams(server);
        owning = teams.team("Owning Brewery");
        other = teams.team("Other Brewery");
        partner = teams.team("Partner Brewery");
        users.put(CallerKind.OWNER, owning.owner());
        users.put(CallerKind.ADMIN, teams.member(owning, "admin"));
        users.put(CallerKind.MEMBER, teams.member(owning, "member"));
        users.put(CallerKind.DEACTIVATED_MEMBER, teams.deactivatedMember(owning));
        users.put(CallerKind.OTHER_TEAM_MEMBER, other.owner());
        users.put(CallerKind.SUPPORT, teams.platform("support"));
        users.forEach((kind, user) -> tokens.put(kind, user.token()));
        tokens.put(CallerKind.SU, server.adminToken());

        ok(server.put("/settings", owning.ownerToken(), json("teamId", owning.id(), "billingName", "Owning Brewery Ltd",
                "billingAddress", "1 Yard\nBristol BS2 0XX", "invoiceTerms", "30 days")), 200);
        owningTeamIds.add(owning.id());
        users.values().forEach(u -> { if (u != other.owner()) owningTeamIds.add(u.id()); });
        owningTeamIds.remove(users.get(CallerKind.SUPPORT).id());

        Owned theirs = new Owned(this, other, CallerKind.OTHER_TEAM_MEMBER);
        otherTeamIds.add(other.id());
        otherTeamIds.add(other.owner().id());
        otherTeamIds.add(theirs.client());
        otherTeamIds.add(theirs.beer());
        otherTeamIds.add(theirs.order());
        otherTeamIds.add(theirs.pricebook());
    }

    /** The bearer token of a caller kind (none for anonymous). */
    String token(CallerKind kind) {
        return kind == CallerKind.ANONYMOUS ? null : tokens.get(kind);
    }

    /** Signs the caller in again, after a request that ended its session. */
    void signInAgain(CallerKind kind) {
        if (kind == CallerKind.ANONYMOUS) return;
        String email = kind == CallerKind.SU ? TestServer.ADMIN_EMAIL : users.get(kind).email();
        String password = kind == CallerKind.SU ? TestServer.ADMIN_PASSWORD : PASSWORD;
        var session = ok(server.post("/auth/login", null, json("email", email, "password", password)), 200);
        tokens.put(kind, session.get("accessToken").asText());
        User user = kind == CallerKind.SU ? null : new User(users.get(kind).id(), users.get(kind).email(),
                session.get("accessToken").asText(), session.get("refreshToken").asText());
        if (user != null) users.put(kind, user);
        // the owners' tokens also make the fixtures' resources
        if (kind == CallerKind.OWNER) owning = new Team(owning.id(), owning.name(), user);
        if (kind == CallerKind.OTHER_TEAM_MEMBER) other = new Team(other.id(), other.name(), user);
    }

    /** The ids no success answer to {@code kind} may contain. */
    Set<String> foreignIds(CallerKind kind) {
        return kind == CallerKind.OTHER_TEAM_MEMBER ? owningTeamIds : otherTeamIds;
    }

    /** Builds fresh resources of the owning team (as its owner) for a request of {@code caller}. */
    Owned owned(CallerKind caller) {
        return new Owned(this, owning, caller);
    }

    static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return body;
    }

    static JsonNode ok(Response response, int status) {
        if (response.status() != status) throw new AssertionError("set-up expected " + status + ", got " + response);
        return response.json();
    }
}
