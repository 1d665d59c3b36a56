package com.brewski.domain.groups;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The member teams and invitations of one brewery group, with the rules for changing them. Only
 * active owner/admin member teams invite and revoke; the invited team accepts or declines; a group
 * keeps an active owner while it has other active members. Load it with the group locked.
 */
public final class GroupRoster {
    private final BreweryGroup group;
    private final List<GroupMember> members;
    private final List<GroupInvitation> invitations;

    public GroupRoster(BreweryGroup group, List<GroupMember> members, List<GroupInvitation> invitations) {
        this.group = group;
        this.members = new ArrayList<>(members);
        this.invitations = new ArrayList<>(invitations);
    }

    /** The roster of a new group: the founding team as its active owner. */
    public static GroupRoster founded(BreweryGroup group, TeamId founder, UUID memberId, Instant now) {
        GroupRoster roster = new GroupRoster(group, List.of(), List.of());
        roster.members.add(new GroupMember(memberId, group.id(), founder, GroupRole.OWNER, GroupMemberStatus.ACTIVE, now, now));
        return roster;
    }

    public BreweryGroup group() { return group; }
    public List<GroupMember> members() { return List.copyOf(members); }
    public List<GroupInvitation> invitations() { return List.copyOf(invitations); }

    public Optional<GroupMember> memberOf(TeamId team) {
        return members.stream().filter(m -> m.teamId().equals(team)).findFirst();
    }

    public boolean isActiveMember(TeamId team) {
        return memberOf(team).filter(GroupMember::isActive).isPresent();
    }

    public GroupInvitation invite(TeamId actingTeam, TeamId invitee, UUID id, Instant now) {
        requireRunner(actingTeam, "Only active owner/admin members can invite teams");
        if (group.isRetired()) throw new Conflict("Group is retired");
        if (isActiveMember(invitee)) throw new Conflict("Team is already an active member of this group");
        boolean pending = invitations.stream().anyMatch(i -> i.inviteeTeamId().equals(invitee)
                && i.statusAt(now) == InvitationStatus.PENDING);
        if (pending) throw new Conflict("Team already has a pending invite to this group");
        GroupInvitation invitation = new GroupInvitation(id, group.id(), invitee, actingTeam, InvitationStatus.PENDING,
                now.plus(GroupInvitation.LIFETIME), now, now);
        invitations.add(invitation);
        return invitation;
    }

    /** The invited team accepts: it becomes an active member. Answers the changed invitation and membership. */
    public Accepted accept(UUID inviteId, TeamId team, UUID newMemberId, Instant now) {
        GroupInvitation invitation = pendingFor(inviteId, team, now);
        if (group.isRetired()) throw new Conflict("Group is retired");
        GroupInvitation accepted = replace(invitation, invitation.with(InvitationStatus.ACCEPTED, now));
        GroupMember member = memberOf(team)
                .map(m -> m.with(GroupRole.MEMBER, GroupMemberStatus.ACTIVE, now))
                .orElseGet(() -> new GroupMember(newMemberId, group.id(), team, GroupRole.MEMBER, GroupMemberStatus.ACTIVE, now, now));
        members.removeIf(m -> m.id().equals(member.id()));
        members.add(member);
        return new Accepted(accepted, member);
    }

    public record Accepted(GroupInvitation invitation, GroupMember member) {}

    public GroupInvitation decline(UUID inviteId, TeamId team, Instant now) {
        GroupInvitation invitation = pendingFor(inviteId, team, now);
        return replace(invitation, invitation.with(InvitationStatus.DECLINED, now));
    }

    public GroupInvitation revoke(TeamId actingTeam, UUID inviteId, Instant now) {
        requireRunner(actingTeam, "Only active owner/admin members can revoke invites");
        GroupInvitation invitation = invitation(inviteId);
        InvitationStatus status = invitation.statusAt(now);
        if (status == InvitationStatus.EXPIRED && invitation.status() == InvitationStatus.EXPIRED) return invitation;
        if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED)
            throw new Conflict("Cannot revoke invite with status " + status.wire());
        return replace(invitation, invitation.with(InvitationStatus.EXPIRED, now));
    }

    public GroupMember leave(TeamId team, Instant now) {
        GroupMember member = memberOf(team).filter(GroupMember::isActive)
                .orElseThrow(() -> new NotFound("Team is not an active member of this group"));
        boolean otherActive = members.stream().anyMatch(m -> m.isActive() && !m.teamId().equals(team));
        boolean otherOwner = members.stream().anyMatch(m -> m.isActive() && m.role() == GroupRole.OWNER && !m.teamId().equals(team));
        if (member.role() == GroupRole.OWNER && otherActive && !otherOwner)
            throw new Conflict("The last owner cannot leave while other teams are active members");
        GroupMember left = member.with(member.role(), GroupMemberStatus.RETIRED, now);
        members.remove(member);
        members.add(left);
        return left;
    }

    public GroupInvitation invitation(UUID inviteId) {
        return invitations.stream().filter(i -> i.id().equals(inviteId)).findFirst()
                .orElseThrow(() -> new NotFound("Invite not found"));
    }

    private GroupInvitation pendingFor(UUID inviteId, TeamId team, Instant now) {
        GroupInvitation invitation = invitation(inviteId);
        if (!invitation.inviteeTeamId().equals(team)) throw new NotFound("Invite not found");
        InvitationStatus status = invitation.statusAt(now);
        if (status != InvitationStatus.PENDING) throw new Conflict("Invite is " + status.wire());
        return invitation;
    }

    private void requireRunner(TeamId team, String message) {
        if (memberOf(team).filter(GroupMember::runsGroup).isEmpty()) throw new Forbidden(message);
    }

    private GroupInvitation replace(GroupInvitation old, GroupInvitation updated) {
        invitations.remove(old);
        invitations.add(updated);
        return updated;
    }
}
