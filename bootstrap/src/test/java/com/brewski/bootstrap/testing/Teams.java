package com.brewski.bootstrap.testing;

import com.brewski.bootstrap.testing.TestServer.Response;

import java.util.Map;
import java.util.UUID;

/**
 * Fresh teams on a (shared) server: each call registers new users, so tests never see each
 * other's data.
 */
public final class Teams {
    private final TestServer server;

    public Teams(TestServer server) {
        this.server = server;
    }

    public TestServer server() {
        return server;
    }

    /** A signed-in user: id, email and tokens. */
    public record User(String id, String email, String token, String refreshToken) {}

    /** A team and its owner. */
    public record Team(String id, String name, User owner) {
        public String ownerToken() {
            return owner.token();
        }
    }

    /** Registers a new user with a unique email. */
    public User user(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@brewski.example";
        Response response = server.post("/auth/register", null, Map.of("email", email, "password", "correct horse", "name", name));
        if (response.status() != 201) throw new AssertionError("register failed: " + response);
        var json = response.json();
        return new User(json.get("user").get("id").asText(), email, json.get("accessToken").asText(),
                json.get("refreshToken").asText());
    }

    /** A new team owned by a new user. */
    public Team team(String name) {
        User owner = user(name + " owner");
        return new Team(server.createTeam(owner.token(), name), name, owner);
    }

    /** A new user added to the team with {@code role} (by its owner). */
    public User member(Team team, String role) {
        User user = user(team.name() + " " + role);
        Response added = server.post("/teams/" + team.id() + "/members", team.ownerToken(), Map.of("email", user.email(), "role", role));
        if (added.status() != 201) throw new AssertionError("adding a member failed: " + added);
        return user;
    }

    /** A member removed from the team again: signed in, but no longer an active member. */
    public User deactivatedMember(Team team) {
        User user = member(team, "member");
        Response removed = server.delete("/teams/" + team.id() + "/members/" + user.id(), team.ownerToken());
        if (removed.status() != 200) throw new AssertionError("removing a member failed: " + removed);
        return user;
    }

    /** A new user granted a platform role ({@code su} or {@code support}) by the platform admin. */
    public User platform(String role) {
        User user = user("platform " + role);
        Response granted = server.post("/platform/members", server.adminToken(), Map.of("email", user.email(), "role", role));
        if (granted.status() != 201) throw new AssertionError("granting platform access failed: " + granted);
        return user;
    }
}
