package com.brewski.bootstrap.trade;

import org.junit.jupiter.api.extension.ExtendWith;
import com.brewski.bootstrap.testing.SharedServer;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.brewski.bootstrap.trade.Brewery.assertInvalid;
import static com.brewski.bootstrap.trade.Brewery.assertStatus;
import static com.brewski.bootstrap.trade.Brewery.body;
import static com.brewski.bootstrap.trade.Brewery.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Brewery groups, their invitations and memberships over real HTTP on the whole server. */
@ExtendWith(SharedServer.class)
class GroupRoutesTest {
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String MISSING = "00000000-0000-0000-0000-00000000abcd";
    private static final String REVOKE_FORBIDDEN = "Only active owner/admin members can revoke invites";
    private static TestServer server;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
    }

    @Test
    void the_founding_team_is_the_active_owner_of_a_new_hidden_group() {
        Brewery founder = Brewery.open(server, "Founders");

        Response created = server.post("/groups", founder.owner(), body("teamId", founder.teamId(), "name", "Severn Brewers",
                "regionLabel", "South West", "description", "Shared deliveries along the Severn"));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode group = created.json().get("group");
        String id = group.get("id").asText();
        assertThat(group.get("name").asText()).isEqualTo("Severn Brewers");
        assertThat(group.get("slug").asText()).isEqualTo("severn-brewers");
        assertThat(group.get("status").asText()).isEqualTo("active");
        assertThat(group.get("shopVisible").asBoolean()).isFalse();
        assertThat(group.get("regionLabel").asText()).isEqualTo("South West");
        assertThat(group.get("description").asText()).isEqualTo("Shared deliveries along the Severn");
        assertThat(group.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(group.get("updatedAt").asText()).matches(TIMESTAMP);

        Response read = server.get("/groups/" + id, founder.owner());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("group").get("slug").asText()).isEqualTo("severn-brewers");
        assertThat(texts(server.get("/groups?teamId=" + founder.teamId(), founder.owner()).json().get("results"), "id"))
                .containsExactly(id);

        JsonNode members = server.get("/groups/" + id + "/members", founder.owner()).json().get("results");
        assertThat(members).hasSize(1);
        JsonNode owner = members.get(0);
        assertThat(owner.get("groupId").asText()).isEqualTo(id);
        assertThat(owner.get("teamId").asText()).isEqualTo(founder.teamId());
        assertThat(owner.get("teamName").asText()).isEqualTo("Founders");
        assertThat(owner.get("role").asText()).isEqualTo("owner");
        assertThat(owner.get("status").asText()).isEqualTo("active");
        assertThat(owner.get("createdAt").asText()).matches(TIMESTAMP);
        assertThat(server.get("/groups/" + id + "/invitations", founder.owner()).json().get("results").isEmpty()).isTrue();

        Response again = server.post("/groups", founder.owner(), body("teamId", founder.teamId(), "name", "Severn Brewers"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("group").get("slug").asText()).isEqualTo("severn-brewers-2");
        assertThat(again.json().get("group").get("regionLabel").isNull()).isTrue();
    }

    @Test
    void a_bad_group_field_is_a_400_naming_it() {
        Brewery founder = Brewery.open(server, "Strict Groups");
        String team = founder.teamId();

        assertInvalid(server.post("/groups", founder.owner(), body("teamId", team)), "name");
        assertInvalid(server.post("/groups", founder.owner(), body("teamId", team, "name", "!!!")), "name");
        assertInvalid(server.post("/groups", founder.owner(), body("teamId", team, "name", 3)), "name");
        assertInvalid(server.post("/groups", founder.owner(), body("name", "No Team")), "teamId");
        assertInvalid(server.post("/groups", founder.owner(), body("teamId", team, "name", "Long", "regionLabel", "r".repeat(201))),
                "regionLabel");
        assertInvalid(server.get("/groups", founder.owner()), "teamId");

        String group = found(founder, "Strict Group");
        assertStatus(server.patch("/groups/" + group, founder.owner(), body()), 400, "at least one field is required");
        assertInvalid(server.patch("/groups/" + group, founder.owner(), body("name", "Renamed")), "teamId");
        assertInvalid(server.patch("/groups/" + group, founder.owner(), body("teamId", team, "status", "closed")), "status");
        assertInvalid(server.patch("/groups/" + group, founder.owner(), body("teamId", team, "status", null)), "status");
        assertInvalid(server.patch("/groups/" + group, founder.owner(), body("teamId", team, "name", null)), "name");
        assertInvalid(server.patch("/groups/" + group, founder.owner(), body("teamId", "team", "name", "X")), "teamId");
        assertInvalid(server.patch("/groups/" + group, server.adminToken(), body("shopVisible", "yes")), "shopVisible");
        assertInvalid(server.patch("/groups/" + group, server.adminToken(), body("shopVisible", null)), "shopVisible");
        assertInvalid(server.post("/groups/" + group + "/invitations/internal", founder.owner(), body("teamId", team)),
                "inviteeTeamId");
        assertStatus(server.post("/groups/" + group + "/invitations/internal", founder.owner(),
                body("teamId", team, "inviteeTeamId", MISSING)), 400, "inviteeTeamId: Team not found");
        assertInvalid(server.post("/groups/" + group + "/leave", founder.owner(), body()), "teamId");
    }

    @Test
    void a_group_stays_off_the_shop_until_platform_staff_approve_it() {
        Brewery founder = Brewery.open(server, "Approval");
        String group = found(founder, "Approval Group");

        Response refused = server.patch("/groups/" + group, founder.owner(), body("shopVisible", true));
        assertStatus(refused, 403, "Only platform staff can change shop visibility");
        Response alsoWithTeam = server.patch("/groups/" + group, founder.owner(),
                body("teamId", founder.teamId(), "shopVisible", true));
        assertThat(alsoWithTeam.status()).isEqualTo(403);
        assertThat(server.get("/groups/" + group, founder.owner()).json().get("group").get("shopVisible").asBoolean()).isFalse();

        String admin = server.adminToken();
        assertThat(server.get("/groups/" + group, admin).status()).isEqualTo(200);
        Response approved = server.patch("/groups/" + group, admin, body("shopVisible", true));
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json().get("group").get("shopVisible").asBoolean()).isTrue();
        assertThat(server.get("/groups/" + group, founder.owner()).json().get("group").get("shopVisible").asBoolean()).isTrue();

        Response details = server.patch("/groups/" + group, founder.owner(), body("teamId", founder.teamId(),
                "name", "Approved Group", "regionLabel", "Wales", "description", null, "status", "retired"));
        assertThat(details.status()).as("%s", details).isEqualTo(200);
        JsonNode changed = details.json().get("group");
        assertThat(changed.get("name").asText()).isEqualTo("Approved Group");
        assertThat(changed.get("slug").asText()).isEqualTo("approval-group");
        assertThat(changed.get("regionLabel").asText()).isEqualTo("Wales");
        assertThat(changed.get("description").isNull()).isTrue();
        assertThat(changed.get("status").asText()).isEqualTo("retired");
        assertThat(changed.get("shopVisible").asBoolean()).isTrue();
    }

    @Test
    void an_invited_team_accepts_and_becomes_an_active_member() {
        Brewery founder = Brewery.open(server, "Inviter");
        Brewery invitee = Brewery.open(server, "Invitee");
        Brewery third = Brewery.open(server, "Third");
        String group = found(founder, "Accepting Group");

        Response invited = invite(founder, group, invitee);
        assertThat(invited.status()).as("%s", invited).isEqualTo(201);
        JsonNode invitation = invited.json().get("invitation");
        String inviteId = invitation.get("id").asText();
        assertThat(invitation.get("groupId").asText()).isEqualTo(group);
        assertThat(invitation.get("inviteeTeamId").asText()).isEqualTo(invitee.teamId());
        assertThat(invitation.get("invitedByTeamId").asText()).isEqualTo(founder.teamId());
        assertThat(invitation.get("status").asText()).isEqualTo("pending");
        Instant createdAt = Instant.parse(invitation.get("createdAt").asText());
        assertThat(Instant.parse(invitation.get("expiresAt").asText())).isEqualTo(createdAt.plus(Duration.ofDays(14)));

        assertThat(server.get("/groups/" + group, invitee.owner()).status()).isEqualTo(200);
        assertThat(texts(server.get("/groups/" + group + "/invitations", invitee.owner()).json().get("results"), "id"))
                .containsExactly(inviteId);
        assertStatus(invite(founder, group, invitee), 409, "Team already has a pending invite to this group");

        Response accepted = server.post("/groups/" + group + "/invitations/" + inviteId + "/accept", invitee.owner(),
                body("teamId", invitee.teamId()));
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        assertThat(accepted.json().get("invitation").get("status").asText()).isEqualTo("accepted");
        JsonNode member = accepted.json().get("member");
        assertThat(member.get("groupId").asText()).isEqualTo(group);
        assertThat(member.get("teamId").asText()).isEqualTo(invitee.teamId());
        assertThat(member.get("role").asText()).isEqualTo("member");
        assertThat(member.get("status").asText()).isEqualTo("active");

        JsonNode members = server.get("/groups/" + group + "/members", founder.owner()).json().get("results");
        assertThat(texts(members, "teamName")).containsExactlyInAnyOrder("Inviter", "Invitee");
        assertThat(texts(server.get("/groups?teamId=" + invitee.teamId(), invitee.owner()).json().get("results"), "id"))
                .containsExactly(group);
        assertThat(server.get("/groups/" + group + "/invitations", founder.owner()).json().get("results").get(0)
                .get("status").asText()).isEqualTo("accepted");

        assertStatus(server.post("/groups/" + group + "/invitations/" + inviteId + "/accept", invitee.owner(),
                body("teamId", invitee.teamId())), 409, "Invite is accepted");
        assertStatus(server.delete("/groups/" + group + "/invitations/" + inviteId, founder.owner()), 409,
                "Cannot revoke invite with status accepted");
        assertStatus(invite(founder, group, invitee), 409, "Team is already an active member of this group");
        assertStatus(server.post("/groups/" + group + "/invitations/internal", invitee.owner(),
                body("teamId", invitee.teamId(), "inviteeTeamId", third.teamId())), 403, "Only active owner/admin members can invite teams");
    }

    @Test
    void only_the_invited_team_answers_and_a_declined_invite_is_final() {
        Brewery founder = Brewery.open(server, "Decline Host");
        Brewery invitee = Brewery.open(server, "Decliner");
        String inviteeMember = invitee.user("Decliner Member", "member");
        String group = found(founder, "Declined Group");
        String inviteId = invite(founder, group, invitee).json().get("invitation").get("id").asText();
        String invitations = "/groups/" + group + "/invitations/";

        assertStatus(server.post(invitations + inviteId + "/accept", founder.owner(), body("teamId", founder.teamId())),
                404, "Invite not found");
        assertThat(server.post(invitations + inviteId + "/accept", founder.owner(), body("teamId", invitee.teamId())).status())
                .isEqualTo(403);
        assertThat(server.post(invitations + inviteId + "/accept", inviteeMember, body("teamId", invitee.teamId())).status())
                .isEqualTo(403);
        assertStatus(server.post(invitations + MISSING + "/accept", invitee.owner(), body("teamId", invitee.teamId())),
                404, "Invite not found");
        assertStatus(server.post(invitations + "nope/decline", invitee.owner(), body("teamId", invitee.teamId())),
                404, "Invite not found");
        assertInvalid(server.post(invitations + inviteId + "/accept", invitee.owner(), body()), "teamId");

        Response declined = server.post(invitations + inviteId + "/decline", invitee.owner(), body("teamId", invitee.teamId()));
        assertThat(declined.status()).as("%s", declined).isEqualTo(200);
        assertThat(declined.json().get("invitation").get("status").asText()).isEqualTo("declined");
        assertStatus(server.post(invitations + inviteId + "/accept", invitee.owner(), body("teamId", invitee.teamId())),
                409, "Invite is declined");
        assertThat(server.get("/groups/" + group, invitee.owner()).status()).isEqualTo(403);
        assertThat(server.get("/groups/" + group + "/members", founder.owner()).json().get("results")).hasSize(1);

        Response again = invite(founder, group, invitee);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("invitation").get("status").asText()).isEqualTo("pending");
    }

    @Test
    void only_a_team_running_the_group_revokes_an_invite() {
        Brewery founder = Brewery.open(server, "Revoker");
        Brewery member = Brewery.open(server, "Plain Member Team");
        Brewery invitee = Brewery.open(server, "Revoked");
        Brewery outsider = Brewery.open(server, "Revoke Outsider");
        String group = found(founder, "Revoking Group");
        String memberInvite = invite(founder, group, member).json().get("invitation").get("id").asText();
        server.post("/groups/" + group + "/invitations/" + memberInvite + "/accept", member.owner(), body("teamId", member.teamId()));
        String inviteId = invite(founder, group, invitee).json().get("invitation").get("id").asText();
        String path = "/groups/" + group + "/invitations/" + inviteId;

        assertStatus(server.delete(path + "?teamId=" + member.teamId(), member.owner()), 403, REVOKE_FORBIDDEN);
        assertStatus(server.delete(path, member.owner()), 403, REVOKE_FORBIDDEN);
        assertStatus(server.delete(path, outsider.owner()), 403, REVOKE_FORBIDDEN);
        assertThat(server.delete(path + "?teamId=" + founder.teamId(), outsider.owner()).status()).isEqualTo(403);
        assertStatus(server.delete("/groups/" + group + "/invitations/" + MISSING, founder.owner()), 404, "Invite not found");
        assertStatus(server.delete("/groups/" + group + "/invitations/bad", founder.owner()), 404, "Invite not found");
        assertStatus(server.delete("/groups/" + MISSING + "/invitations/" + inviteId, founder.owner()), 404, "Group not found");
        assertInvalid(server.delete(path + "?teamId=bad", founder.owner()), "teamId");

        Response revoked = server.delete(path, founder.owner());
        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.json().get("invitation").get("status").asText()).isEqualTo("expired");
        Response twice = server.delete(path + "?teamId=" + founder.teamId(), founder.owner());
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().get("invitation").get("status").asText()).isEqualTo("expired");
        assertStatus(server.post(path + "/accept", invitee.owner(), body("teamId", invitee.teamId())), 409, "Invite is expired");
        assertThat(server.get("/groups/" + group, invitee.owner()).status()).isEqualTo(403);
    }

    @Test
    void a_team_leaves_but_the_last_owner_stays_while_others_are_active() {
        Brewery founder = Brewery.open(server, "Stayer");
        Brewery leaver = Brewery.open(server, "Leaver");
        String group = found(founder, "Leaving Group");
        String inviteId = invite(founder, group, leaver).json().get("invitation").get("id").asText();
        server.post("/groups/" + group + "/invitations/" + inviteId + "/accept", leaver.owner(), body("teamId", leaver.teamId()));
        String leave = "/groups/" + group + "/leave";

        assertStatus(server.post(leave, founder.owner(), body("teamId", founder.teamId())), 409,
                "The last owner cannot leave while other teams are active members");

        Response left = server.post(leave, leaver.owner(), body("teamId", leaver.teamId()));
        assertThat(left.status()).as("%s", left).isEqualTo(200);
        assertThat(left.json().get("member").get("teamId").asText()).isEqualTo(leaver.teamId());
        assertThat(left.json().get("member").get("status").asText()).isEqualTo("retired");
        assertStatus(server.post(leave, leaver.owner(), body("teamId", leaver.teamId())), 404,
                "Team is not an active member of this group");
        assertThat(server.get("/groups/" + group, leaver.owner()).status()).isEqualTo(403);

        Response ownerLeft = server.post(leave, founder.owner(), body("teamId", founder.teamId()));
        assertThat(ownerLeft.status()).isEqualTo(200);
        assertThat(ownerLeft.json().get("member").get("role").asText()).isEqualTo("owner");
        assertThat(ownerLeft.json().get("member").get("status").asText()).isEqualTo("retired");
    }

    @Test
    void a_plain_member_of_the_owning_team_reads_the_group_but_cannot_act_for_it() {
        Brewery founder = Brewery.open(server, "Group Roles");
        String member = founder.user("Group Roles Member", "member");
        Brewery other = Brewery.open(server, "Group Roles Other");
        String group = found(founder, "Roles Group");

        assertThat(server.get("/groups/" + group, member).status()).isEqualTo(200);
        assertThat(server.get("/groups/" + group + "/members", member).status()).isEqualTo(200);
        assertThat(server.get("/groups/" + group + "/invitations", member).status()).isEqualTo(200);
        assertThat(server.get("/groups?teamId=" + founder.teamId(), member).status()).isEqualTo(200);

        assertThat(server.post("/groups", member, body("teamId", founder.teamId(), "name", "Members Group")).status()).isEqualTo(403);
        assertThat(server.patch("/groups/" + group, member, body("teamId", founder.teamId(), "name", "Mine")).status()).isEqualTo(403);
        assertThat(server.post("/groups/" + group + "/invitations/internal", member,
                body("teamId", founder.teamId(), "inviteeTeamId", other.teamId())).status()).isEqualTo(403);
        assertThat(server.post("/groups/" + group + "/leave", member, body("teamId", founder.teamId())).status()).isEqualTo(403);
        String inviteId = invite(founder, group, other).json().get("invitation").get("id").asText();
        assertThat(server.delete("/groups/" + group + "/invitations/" + inviteId + "?teamId=" + founder.teamId(), member).status())
                .isEqualTo(403);
        assertStatus(server.delete("/groups/" + group + "/invitations/" + inviteId, member), 403, REVOKE_FORBIDDEN);
    }

    @Test
    void a_team_outside_the_group_can_neither_see_nor_change_it() {
        Brewery founder = Brewery.open(server, "Private Group Owner");
        Brewery outsider = Brewery.open(server, "Group Outsider");
        String group = found(founder, "Private Group");

        assertThat(server.get("/groups/" + group, outsider.owner()).status()).isEqualTo(403);
        assertThat(server.get("/groups/" + group + "/members", outsider.owner()).status()).isEqualTo(403);
        assertThat(server.get("/groups/" + group + "/invitations", outsider.owner()).status()).isEqualTo(403);
        assertThat(server.get("/groups?teamId=" + founder.teamId(), outsider.owner()).status()).isEqualTo(403);
        assertThat(server.get("/groups?teamId=" + outsider.teamId(), outsider.owner()).json().get("results").isEmpty()).isTrue();
        assertStatus(server.patch("/groups/" + group, outsider.owner(), body("teamId", outsider.teamId(), "name", "Taken")),
                403, "Only active owner/admin members can change the group");
        assertThat(server.patch("/groups/" + group, outsider.owner(), body("teamId", founder.teamId(), "name", "Taken")).status())
                .isEqualTo(403);
        assertThat(server.post("/groups/" + group + "/invitations/internal", outsider.owner(),
                body("teamId", founder.teamId(), "inviteeTeamId", outsider.teamId())).status()).isEqualTo(403);
        assertStatus(server.post("/groups/" + group + "/invitations/internal", outsider.owner(),
                body("teamId", outsider.teamId(), "inviteeTeamId", outsider.teamId())), 403, "Only active owner/admin members can invite teams");
        assertThat(server.post("/groups/" + group + "/leave", outsider.owner(), body("teamId", founder.teamId())).status()).isEqualTo(403);
        assertThat(server.post("/groups", outsider.owner(), body("teamId", founder.teamId(), "name", "Hijack")).status()).isEqualTo(403);

        assertStatus(server.get("/groups/" + MISSING, outsider.owner()), 404, "Group not found");
        assertStatus(server.get("/groups/not-a-group", outsider.owner()), 404, "Group not found");
        assertThat(server.get("/groups/" + group, null).status()).isEqualTo(401);
        JsonNode unchanged = server.get("/groups/" + group, founder.owner()).json().get("group");
        assertThat(unchanged.get("name").asText()).isEqualTo("Private Group");
        assertThat(server.get("/groups/" + group + "/members", founder.owner()).json().get("results")).hasSize(1);
    }

    private static String found(Brewery founder, String name) {
        Response created = server.post("/groups", founder.owner(), body("teamId", founder.teamId(), "name", name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("group").get("id").asText();
    }

    private static Response invite(Brewery host, String group, Brewery invitee) {
        return server.post("/groups/" + group + "/invitations/internal", host.owner(),
                body("teamId", host.teamId(), "inviteeTeamId", invitee.teamId()));
    }
}
