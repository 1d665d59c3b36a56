package com.brewski.domain.groups;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupRosterTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final TeamId founder = new TeamId(UUID.randomUUID());
    private final TeamId guest = new TeamId(UUID.randomUUID());
    private final TeamId outsider = new TeamId(UUID.randomUUID());
    private GroupRoster roster;

    @BeforeEach
    void found() {
        BreweryGroup group = BreweryGroup.found(UUID.randomUUID(), "Southwest Brewers", "southwest-brewers", "Bristol", null, NOW);
        roster = GroupRoster.founded(group, founder, UUID.randomUUID(), NOW);
    }

    @Test
    void new_groups_are_active_and_hidden_from_the_shop() {
        assertThat(roster.group().status()).isEqualTo(GroupStatus.ACTIVE);
        assertThat(roster.group().shopVisible()).isFalse();
        assertThat(roster.isActiveMember(founder)).isTrue();
    }

    @Test
    void an_invited_team_joins_by_accepting() {
        GroupInvitation invite = roster.invite(founder, guest, UUID.randomUUID(), NOW);
        assertThat(invite.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(roster.isActiveMember(guest)).isFalse();
        GroupRoster.Accepted accepted = roster.accept(invite.id(), guest, UUID.randomUUID(), NOW.plusSeconds(60));
        assertThat(accepted.invitation().status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.member().role()).isEqualTo(GroupRole.MEMBER);
        assertThat(roster.isActiveMember(guest)).isTrue();
    }

    @Test
    void only_running_members_invite_and_revoke() {
        assertThatThrownBy(() -> roster.invite(outsider, guest, UUID.randomUUID(), NOW)).isInstanceOf(Forbidden.class);
        GroupInvitation invite = roster.invite(founder, guest, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> roster.revoke(outsider, invite.id(), NOW))
                .isInstanceOf(Forbidden.class).hasMessage("Only active owner/admin members can revoke invites");
        assertThat(roster.revoke(founder, invite.id(), NOW).status()).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void accepted_invites_cannot_be_revoked_and_unknown_ones_are_not_found() {
        GroupInvitation invite = roster.invite(founder, guest, UUID.randomUUID(), NOW);
        roster.accept(invite.id(), guest, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> roster.revoke(founder, invite.id(), NOW))
                .isInstanceOf(Conflict.class).hasMessage("Cannot revoke invite with status accepted");
        assertThatThrownBy(() -> roster.revoke(founder, UUID.randomUUID(), NOW))
                .isInstanceOf(NotFound.class).hasMessage("Invite not found");
    }

    @Test
    void invites_expire_after_fourteen_days() {
        GroupInvitation invite = roster.invite(founder, guest, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> roster.accept(invite.id(), guest, UUID.randomUUID(), NOW.plus(Duration.ofDays(14))))
                .isInstanceOf(Conflict.class).hasMessage("Invite is expired");
    }

    @Test
    void only_the_invited_team_answers_and_only_once() {
        GroupInvitation invite = roster.invite(founder, guest, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> roster.accept(invite.id(), outsider, UUID.randomUUID(), NOW)).isInstanceOf(NotFound.class);
        roster.decline(invite.id(), guest, NOW);
        assertThatThrownBy(() -> roster.accept(invite.id(), guest, UUID.randomUUID(), NOW)).isInstanceOf(Conflict.class);
        assertThat(roster.isActiveMember(guest)).isFalse();
    }

    @Test
    void a_pending_invite_is_not_sent_twice_and_members_are_not_invited() {
        roster.invite(founder, guest, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> roster.invite(founder, guest, UUID.randomUUID(), NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> roster.invite(founder, founder, UUID.randomUUID(), NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void members_leave_but_the_last_owner_stays_while_others_are_active() {
        GroupInvitation invite = roster.invite(founder, guest, UUID.randomUUID(), NOW);
        roster.accept(invite.id(), guest, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> roster.leave(founder, NOW)).isInstanceOf(Conflict.class);
        assertThat(roster.leave(guest, NOW).status()).isEqualTo(GroupMemberStatus.RETIRED);
        assertThat(roster.isActiveMember(guest)).isFalse();
        assertThat(roster.leave(founder, NOW).status()).isEqualTo(GroupMemberStatus.RETIRED);
        assertThatThrownBy(() -> roster.leave(founder, NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void slugs_are_url_safe() {
        assertThat(BreweryGroup.slugOf("Southwest Brewers Co-op")).isEqualTo("southwest-brewers-co-op");
        assertThat(BreweryGroup.slugOf("  Brü & Söhne!! ")).isEqualTo("bru-and-sohne");
    }
}
