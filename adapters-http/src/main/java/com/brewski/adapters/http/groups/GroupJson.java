package com.brewski.adapters.http.groups;

import com.brewski.application.groups.ManageGroups;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupInvitation;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.groups.GroupRoster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The response records of the brewery group routes (camelCase, nulls written as null). */
public final class GroupJson {
    private GroupJson() {}

    public record BreweryGroupJson(UUID id, String name, String slug, String status, boolean shopVisible,
                                   String regionLabel, String description, Instant createdAt, Instant updatedAt) {
        static BreweryGroupJson of(BreweryGroup g) {
            return new BreweryGroupJson(g.id(), g.name(), g.slug(), g.status().wire(), g.shopVisible(), g.regionLabel(),
                    g.description(), g.createdAt(), g.updatedAt());
        }
    }

    public record GroupBody(BreweryGroupJson group) {
        static GroupBody of(BreweryGroup group) {
            return new GroupBody(BreweryGroupJson.of(group));
        }
    }

    public record GroupsJson(List<BreweryGroupJson> results) {}

    public record MemberJson(UUID id, UUID groupId, UUID teamId, String role, String status,
                             Instant createdAt, Instant updatedAt) {
        static MemberJson of(GroupMember m) {
            return new MemberJson(m.id(), m.groupId(), m.teamId().value(), m.role().wire(), m.status().wire(),
                    m.createdAt(), m.updatedAt());
        }
    }

    public record MemberBody(MemberJson member) {
        static MemberBody of(GroupMember member) {
            return new MemberBody(MemberJson.of(member));
        }
    }

    /** A row of a group's member list: the membership with the team's name. */
    public record MemberRowJson(UUID id, UUID groupId, UUID teamId, String teamName, String role, String status,
                                Instant createdAt, Instant updatedAt) {
        static MemberRowJson of(ManageGroups.MemberView view) {
            GroupMember m = view.member();
            return new MemberRowJson(m.id(), m.groupId(), m.teamId().value(), view.teamName(), m.role().wire(),
                    m.status().wire(), m.createdAt(), m.updatedAt());
        }
    }

    public record MembersJson(List<MemberRowJson> results) {}

    /** An invitation, its status as of {@code now} (a pending one past its expiry reads as expired). */
    public record InvitationJson(UUID id, UUID groupId, UUID inviteeTeamId, UUID invitedByTeamId, String status,
                                 Instant expiresAt, Instant createdAt, Instant updatedAt) {
        static InvitationJson of(GroupInvitation i, Instant now) {
            return new InvitationJson(i.id(), i.groupId(), i.inviteeTeamId().value(), i.invitedByTeamId().value(),
                    i.statusAt(now).wire(), i.expiresAt(), i.createdAt(), i.updatedAt());
        }
    }

    public record InvitationBody(InvitationJson invitation) {
        static InvitationBody of(GroupInvitation invitation, Instant now) {
            return new InvitationBody(InvitationJson.of(invitation, now));
        }
    }

    public record InvitationsJson(List<InvitationJson> results) {}

    public record AcceptedJson(InvitationJson invitation, MemberJson member) {
        static AcceptedJson of(GroupRoster.Accepted accepted, Instant now) {
            return new AcceptedJson(InvitationJson.of(accepted.invitation(), now), MemberJson.of(accepted.member()));
        }
    }
}
