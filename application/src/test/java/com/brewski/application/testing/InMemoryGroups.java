package com.brewski.application.testing;

import com.brewski.application.groups.Groups;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupInvitation;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Brewery groups, member teams and invitations in maps; slugs are unique. Team names come from the teams store. */
public final class InMemoryGroups implements Groups, InMemoryStore {
    private final Map<UUID, BreweryGroup> groups = new ConcurrentHashMap<>();
    private final Map<UUID, GroupMember> members = new ConcurrentHashMap<>();
    private final Map<UUID, GroupInvitation> invitations = new ConcurrentHashMap<>();
    private final InMemoryTeams teams;

    public InMemoryGroups(InMemoryTeams teams) {
        this.teams = teams;
    }

    @Override
    public Optional<BreweryGroup> byId(UUID id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public Optional<BreweryGroup> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<BreweryGroup> byIdSharing(UUID id) {
        return byId(id);
    }

    @Override
    public synchronized boolean insert(BreweryGroup group) {
        if (groups.values().stream().anyMatch(g -> g.slug().equals(group.slug()))) return false;
        if (groups.putIfAbsent(group.id(), group) != null) throw new IllegalStateException("group " + group.id() + " is already stored");
        return true;
    }

    @Override
    public void update(BreweryGroup group) {
        if (!groups.containsKey(group.id())) throw new IllegalStateException("group " + group.id() + " is not stored");
        groups.put(group.id(), group);
    }

    @Override
    public List<BreweryGroup> ofTeam(TeamId teamId) {
        return members.values().stream()
                .filter(m -> m.teamId().equals(teamId)
                        && (m.status() == GroupMemberStatus.ACTIVE || m.status() == GroupMemberStatus.INVITED))
                .map(m -> groups.get(m.groupId()))
                .sorted(Comparator.comparing(BreweryGroup::name).thenComparing(BreweryGroup::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    /** Oldest first. */
    @Override
    public List<GroupMember> members(UUID groupId) {
        return members.values().stream().filter(m -> m.groupId().equals(groupId))
                .sorted(Comparator.comparing(GroupMember::createdAt).thenComparing(GroupMember::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public Optional<GroupMember> member(UUID groupId, TeamId teamId) {
        return members.values().stream().filter(m -> m.groupId().equals(groupId) && m.teamId().equals(teamId)).findFirst();
    }

    /** Oldest first. */
    @Override
    public List<GroupInvitation> invitations(UUID groupId) {
        return invitations.values().stream().filter(i -> i.groupId().equals(groupId))
                .sorted(Comparator.comparing(GroupInvitation::createdAt).thenComparing(GroupInvitation::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public synchronized void saveMembers(List<GroupMember> list) {
        for (GroupMember m : list) {
            if (!groups.containsKey(m.groupId())) throw new IllegalStateException("group " + m.groupId() + " is not stored");
            boolean otherRowForTeam = members.values().stream()
                    .anyMatch(o -> o.groupId().equals(m.groupId()) && o.teamId().equals(m.teamId()) && !o.id().equals(m.id()));
            if (otherRowForTeam) throw new IllegalStateException("team " + m.teamId() + " already has a membership of this group");
            members.put(m.id(), m);
        }
    }

    @Override
    public void saveInvitations(List<GroupInvitation> list) {
        list.forEach(i -> invitations.put(i.id(), i));
    }

    /** Ids of teams that do not exist are absent from the map. */
    @Override
    public Map<TeamId, String> teamNames(List<TeamId> teamIds) {
        Map<TeamId, String> names = new LinkedHashMap<>();
        teamIds.stream().distinct().map(teams::byId).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Team::name).thenComparing(t -> t.id().value(), InMemoryLists.UUID_ORDER))
                .forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    @Override
    public Runnable snapshot() {
        Map<UUID, BreweryGroup> groupsCopy = new HashMap<>(groups);
        Map<UUID, GroupMember> membersCopy = new HashMap<>(members);
        Map<UUID, GroupInvitation> invitationsCopy = new HashMap<>(invitations);
        return () -> {
            groups.clear();
            groups.putAll(groupsCopy);
            members.clear();
            members.putAll(membersCopy);
            invitations.clear();
            invitations.putAll(invitationsCopy);
        };
    }
}
