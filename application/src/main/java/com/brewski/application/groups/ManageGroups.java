package com.brewski.application.groups;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.Memberships;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.identity.Teams;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupInvitation;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.groups.GroupRoster;
import com.brewski.domain.groups.GroupStatus;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Brewery groups: founding, membership by invitation, leaving, and approval for the shop by
 * platform staff. A team acts through its owners and admins; the group is visible to the users of
 * its member teams and to platform staff.
 */
public final class ManageGroups {
    private final GroupVisibility visibility;
    private final Groups groups;
    private final Teams teams;
    private final Memberships memberships;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageGroups(Groups groups, Teams teams, Memberships memberships, TeamAccess access,
                        Transactions transactions, Clock clock, Ids ids) {
        this(groups, teams, memberships, access, GroupVisibility.NONE, transactions, clock, ids);
    }

    /** With {@code visibility} told of every status or shop-visibility change, inside its transaction. */
    public ManageGroups(Groups groups, Teams teams, Memberships memberships, TeamAccess access, GroupVisibility visibility,
                        Transactions transactions, Clock clock, Ids ids) {
        this.visibility = visibility;
        this.groups = groups;
        this.teams = teams;
        this.memberships = memberships;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record MemberView(GroupMember member, String teamName) {}

    public record GroupChange(Patch<String> name, Patch<String> regionLabel, Patch<String> description,
                              Patch<GroupStatus> status, Patch<Boolean> shopVisible) {
        boolean touchesDetails() {
            return name.isPresent() || regionLabel.isPresent() || description.isPresent() || status.isPresent();
        }
    }

    public BreweryGroup create(Caller caller, TeamId teamId, String name, String regionLabel, String description) {
        String base = BreweryGroup.slugOf(name);
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Instant now = clock.instant();
            UUID id = ids.newId();
            for (int n = 1; n <= 50; n++) {
                BreweryGroup group = BreweryGroup.found(id, name, n == 1 ? base : base + "-" + n, regionLabel, description, now);
                if (groups.insert(group)) {
                    groups.saveMembers(GroupRoster.founded(group, teamId, ids.newId(), now).members());
                    return group;
                }
            }
            throw new Conflict("A group with this name already exists");
        });
    }

    public List<BreweryGroup> ofTeam(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return groups.ofTeam(teamId);
        });
    }

    public BreweryGroup get(Caller caller, UUID groupId) {
        return transactions.inTransaction(() -> visible(caller, groupId));
    }

    public List<MemberView> members(Caller caller, UUID groupId) {
        return transactions.inTransaction(() -> {
            visible(caller, groupId);
            List<GroupMember> members = groups.members(groupId);
            Map<TeamId, String> names = groups.teamNames(members.stream().map(GroupMember::teamId).toList());
            return members.stream().map(m -> new MemberView(m, names.get(m.teamId()))).toList();
        });
    }

    public List<GroupInvitation> invitations(Caller caller, UUID groupId) {
        return transactions.inTransaction(() -> {
            visible(caller, groupId);
            return groups.invitations(groupId);
        });
    }

    public BreweryGroup update(Caller caller, UUID groupId, TeamId actingTeam, GroupChange change) {
        if (!change.touchesDetails() && !change.shopVisible().isPresent())
            throw new InvalidField("body", "at least one field is required");
        return transactions.inTransaction(() -> {
            GroupRoster roster = lockedRoster(groupId);
            if (change.shopVisible().isPresent() && !caller.hasPlatformAccess())
                throw new Forbidden("Only platform staff can change shop visibility");
            if (change.touchesDetails()) {
                if (actingTeam == null) throw new InvalidField("teamId", "teamId is required to change group details");
                access.requireManager(caller, actingTeam);
                if (roster.memberOf(actingTeam).filter(GroupMember::runsGroup).isEmpty())
                    throw new Forbidden("Only active owner/admin members can change the group");
            }
            BreweryGroup g = roster.group();
            Boolean visible = change.shopVisible().orElse(g.shopVisible());
            GroupStatus status = change.status().orElse(g.status());
            if (visible == null) throw new InvalidField("shopVisible", "shopVisible cannot be null");
            if (status == null) throw new InvalidField("status", "status cannot be null");
            BreweryGroup changed = new BreweryGroup(g.id(), change.name().orElse(g.name()), g.slug(), status, visible,
                    change.regionLabel().orElse(g.regionLabel()), change.description().orElse(g.description()),
                    g.createdAt(), clock.instant());
            groups.update(changed);
            if (changed.status() != g.status() || changed.shopVisible() != g.shopVisible()) visibility.changed(changed);
            return changed;
        });
    }

    public GroupInvitation invite(Caller caller, UUID groupId, TeamId actingTeam, TeamId inviteeTeam) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, actingTeam);
            teams.byId(inviteeTeam).filter(t -> !t.isPlatform())
                    .orElseThrow(() -> new InvalidField("inviteeTeamId", "inviteeTeamId: Team not found"));
            GroupRoster roster = lockedRoster(groupId);
            GroupInvitation invitation = roster.invite(actingTeam, inviteeTeam, ids.newId(), clock.instant());
            groups.saveInvitations(List.of(invitation));
            return invitation;
        });
    }

    public GroupRoster.Accepted accept(Caller caller, UUID groupId, UUID inviteId, TeamId team) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, team);
            GroupRoster roster = lockedRoster(groupId);
            GroupRoster.Accepted accepted = roster.accept(inviteId, team, ids.newId(), clock.instant());
            groups.saveInvitations(List.of(accepted.invitation()));
            groups.saveMembers(List.of(accepted.member()));
            return accepted;
        });
    }

    public GroupInvitation decline(Caller caller, UUID groupId, UUID inviteId, TeamId team) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, team);
            GroupInvitation declined = lockedRoster(groupId).decline(inviteId, team, clock.instant());
            groups.saveInvitations(List.of(declined));
            return declined;
        });
    }

    /** Revokes an invitation on behalf of the caller's team that runs the group (or the given team). */
    public GroupInvitation revoke(Caller caller, UUID groupId, UUID inviteId, TeamId actingTeam) {
        return transactions.inTransaction(() -> {
            GroupRoster roster = lockedRoster(groupId);
            roster.invitation(inviteId);
            TeamId team = actingTeam != null ? actingTeam : managedTeams(caller).stream()
                    .filter(t -> roster.memberOf(t).filter(GroupMember::runsGroup).isPresent())
                    .findFirst()
                    .orElseThrow(() -> new Forbidden("Only active owner/admin members can revoke invites"));
            access.requireManager(caller, team);
            GroupInvitation revoked = roster.revoke(team, inviteId, clock.instant());
            groups.saveInvitations(List.of(revoked));
            return revoked;
        });
    }

    public GroupMember leave(Caller caller, UUID groupId, TeamId team) {
        return transactions.inTransaction(() -> {
            access.requireManager(caller, team);
            GroupMember left = lockedRoster(groupId).leave(team, clock.instant());
            groups.saveMembers(List.of(left));
            return left;
        });
    }

    private GroupRoster lockedRoster(UUID groupId) {
        BreweryGroup group = groups.byIdForUpdate(groupId).orElseThrow(() -> new NotFound("Group not found"));
        return new GroupRoster(group, groups.members(groupId), groups.invitations(groupId));
    }

    /** The group, when the caller is on one of its member teams (active or invited) or is platform staff. */
    private BreweryGroup visible(Caller caller, UUID groupId) {
        BreweryGroup group = groups.byId(groupId).orElseThrow(() -> new NotFound("Group not found"));
        if (caller.hasPlatformAccess()) return group;
        Set<TeamId> mine = access.teamsOf(caller);
        boolean member = groups.members(groupId).stream()
                .anyMatch(m -> m.status() != com.brewski.domain.groups.GroupMemberStatus.RETIRED && mine.contains(m.teamId()));
        boolean invited = groups.invitations(groupId).stream().anyMatch(i -> mine.contains(i.inviteeTeamId())
                && i.statusAt(clock.instant()) == com.brewski.domain.groups.InvitationStatus.PENDING);
        if (!member && !invited) throw new Forbidden("forbidden");
        return group;
    }

    /** The teams the caller is an owner or admin of. */
    private List<TeamId> managedTeams(Caller caller) {
        return memberships.activeOf(caller.userId()).stream()
                .filter(m -> TeamRole.parse("role", m.role()).managesTeam())
                .map(Memberships.TeamMembershipView::teamId)
                .collect(Collectors.toList());
    }
}
