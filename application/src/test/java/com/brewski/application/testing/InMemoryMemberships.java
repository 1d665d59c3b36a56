package com.brewski.application.testing;

import com.brewski.application.identity.Memberships;
import com.brewski.domain.identity.Membership;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryMemberships implements Memberships {
    private final Map<UUID, Membership> memberships = new ConcurrentHashMap<>();
    private final InMemoryTeams teams;
    private final InMemoryUsers users;

    public InMemoryMemberships(InMemoryTeams teams, InMemoryUsers users) {
        this.teams = teams;
        this.users = users;
    }

    @Override
    public List<Membership> ofTeam(TeamId teamId) {
        return memberships.values().stream().filter(m -> m.teamId().equals(teamId))
                .sorted(Comparator.comparing(Membership::createdAt).thenComparing(Membership::id)).toList();
    }

    @Override
    public Optional<Membership> of(TeamId teamId, UserId userId) {
        return memberships.values().stream().filter(m -> m.teamId().equals(teamId) && m.userId().equals(userId)).findFirst();
    }

    @Override
    public void saveAll(List<Membership> list) {
        list.forEach(m -> memberships.put(m.id(), m));
    }

    @Override
    public List<TeamMembershipView> activeOf(UserId userId) {
        return memberships.values().stream()
                .filter(m -> m.userId().equals(userId) && m.isActive() && !m.teamId().equals(teams.platformTeamId()))
                .sorted(Comparator.comparing(Membership::createdAt).thenComparing(Membership::id))
                .map(m -> new TeamMembershipView(m.teamId(), teams.byId(m.teamId()).orElseThrow().name(), m.role()))
                .toList();
    }

    @Override
    public Page<MemberView> members(TeamId teamId, PageRequest page) {
        List<Membership> all = ofTeam(teamId);
        List<MemberView> slice = all.stream().skip(page.offset()).limit(page.pageSize()).map(m -> {
            User user = users.byId(m.userId()).orElseThrow();
            return new MemberView(m, user.email().value(), user.name());
        }).toList();
        return new Page<>(slice, page.page(), page.pageSize(), all.size());
    }
}
