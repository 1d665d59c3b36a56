package com.brewski.domain.identity;

import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamRosterTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final TeamId team = new TeamId(UUID.randomUUID());
    private final UserId owner = new UserId(UUID.randomUUID());
    private final UserId admin = new UserId(UUID.randomUUID());
    private final UserId member = new UserId(UUID.randomUUID());
    private TeamRoster roster;

    @BeforeEach
    void foundTeamWithAnAdminAndAMember() {
        roster = TeamRoster.founded(team, owner, UUID.randomUUID(), NOW);
        roster.add(owner, admin, TeamRole.ADMIN, UUID.randomUUID(), NOW);
        roster.add(owner, member, TeamRole.MEMBER, UUID.randomUUID(), NOW);
    }

    @Test
    void founder_becomes_the_active_owner() {
        assertThat(roster.activeOf(owner)).get().extracting(Membership::role).isEqualTo("owner");
    }

    @Test
    void members_cannot_manage_members() {
        assertThatThrownBy(() -> roster.add(member, new UserId(UUID.randomUUID()), TeamRole.MEMBER, UUID.randomUUID(), NOW))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> roster.deactivate(member, admin, NOW)).isInstanceOf(Forbidden.class);
    }

    @Test
    void admins_manage_members_but_not_owners() {
        roster.changeRole(admin, member, TeamRole.ADMIN, NOW);
        assertThat(roster.activeOf(member)).get().extracting(Membership::role).isEqualTo("admin");
        assertThatThrownBy(() -> roster.changeRole(admin, owner, TeamRole.MEMBER, NOW)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> roster.changeRole(admin, member, TeamRole.OWNER, NOW)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> roster.promoteToOwner(admin, member, NOW)).isInstanceOf(Forbidden.class);
    }

    @Test
    void the_last_owner_cannot_be_demoted() {
        assertThatThrownBy(() -> roster.changeRole(owner, owner, TeamRole.ADMIN, NOW))
                .isInstanceOf(Conflict.class).hasMessage("A team must keep at least one owner");
    }

    @Test
    void an_owner_can_step_down_once_another_owner_exists() {
        roster.promoteToOwner(owner, admin, NOW);
        roster.changeRole(owner, owner, TeamRole.MEMBER, NOW);
        assertThat(roster.activeOf(owner)).get().extracting(Membership::role).isEqualTo("member");
        assertThatThrownBy(() -> roster.changeRole(admin, admin, TeamRole.MEMBER, NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void owners_cannot_be_removed() {
        roster.promoteToOwner(owner, admin, NOW);
        assertThatThrownBy(() -> roster.deactivate(owner, admin, NOW))
                .isInstanceOf(Conflict.class).hasMessage("Owners cannot be removed");
    }

    @Test
    void removing_deactivates_and_the_member_loses_access() {
        Membership removed = roster.deactivate(admin, member, NOW);
        assertThat(removed.deactivated()).isTrue();
        assertThat(roster.activeOf(member)).isEmpty();
        assertThatThrownBy(() -> roster.changeRole(owner, member, TeamRole.ADMIN, NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_deactivated_member_can_be_added_back_with_a_new_role() {
        Membership removed = roster.deactivate(owner, member, NOW);
        Membership back = roster.add(owner, member, TeamRole.ADMIN, UUID.randomUUID(), NOW.plusSeconds(60));
        assertThat(back.id()).isEqualTo(removed.id());
        assertThat(back.isActive()).isTrue();
        assertThat(back.role()).isEqualTo("admin");
    }

    @Test
    void adding_an_active_member_again_is_a_conflict() {
        assertThatThrownBy(() -> roster.add(owner, member, TeamRole.MEMBER, UUID.randomUUID(), NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void a_deactivated_owner_or_admin_cannot_manage() {
        roster.deactivate(owner, admin, NOW);
        assertThatThrownBy(() -> roster.deactivate(admin, member, NOW)).isInstanceOf(Forbidden.class);
    }
}
