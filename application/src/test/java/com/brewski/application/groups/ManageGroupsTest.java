package com.brewski.application.groups;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupInvitation;
import com.brewski.domain.groups.GroupMemberStatus;
import com.brewski.domain.groups.GroupRole;
import com.brewski.domain.groups.GroupStatus;
import com.brewski.domain.groups.InvitationStatus;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageGroupsTest {
    private final TradeFixture f = new TradeFixture();
    private final Caller lanternOwner = f.user("owner@lantern.example");
    private final Team lantern = f.team(lanternOwner, "Lantern Brewery");
    private final Caller hopOwner = f.user("owner@hop.example");
    private final Team hop = f.team(hopOwner, "Hop Co");
    private final Caller outsiderOwner = f.user("owner@outsider.example");
    private final Team outsider = f.team(outsiderOwner, "Outsider Ales");
    private final BreweryGroup group = f.group(lanternOwner, lantern.id(), "North Sharing");

    private static ManageGroups.GroupChange rename(String name) {
        return new ManageGroups.GroupChange(Patch.set(name), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    @Test
    void the_founding_team_owns_a_new_group_that_stays_off_the_shop() {
        assertThat(group.slug()).isEqualTo("north-sharing");
        assertThat(group.status()).isEqualTo(GroupStatus.ACTIVE);
        assertThat(group.shopVisible()).isFalse();
        assertThat(f.manageGroups.members(lanternOwner, group.id())).singleElement().satisfies(m -> {
            assertThat(m.teamName()).isEqualTo("Lantern Brewery");
            assertThat(m.member().role()).isEqualTo(GroupRole.OWNER);
            assertThat(m.member().status()).isEqualTo(GroupMemberStatus.ACTIVE);
        });
        assertThat(f.manageGroups.ofTeam(lanternOwner, lantern.id())).extracting(BreweryGroup::id).containsExactly(group.id());
    }

    @Test
    void a_taken_name_gets_a_numbered_slug() {
        assertThat(f.group(hopOwner, hop.id(), "North Sharing").slug()).isEqualTo("north-sharing-2");
        assertThat(f.group(hopOwner, hop.id(), "North  Sharing!").slug()).isEqualTo("north-sharing-3");
    }

    @Test
    void only_owners_and_admins_act_for_a_team() {
        Caller brewer = f.member(lanternOwner, lantern.id(), "brewer@lantern.example", TeamRole.MEMBER);
        assertThatThrownBy(() -> f.manageGroups.create(brewer, lantern.id(), "Brewer Group", null, null)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageGroups.invite(brewer, group.id(), lantern.id(), hop.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageGroups.create(hopOwner, lantern.id(), "Not Mine", null, null)).isInstanceOf(Forbidden.class);
        assertThat(f.manageGroups.get(brewer, group.id()).id()).isEqualTo(group.id());
    }

    @Test
    void an_invited_team_sees_the_group_and_joins_by_accepting() {
        assertThatThrownBy(() -> f.manageGroups.get(hopOwner, group.id())).isInstanceOf(Forbidden.class);
        GroupInvitation invitation = f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), hop.id());
        assertThat(invitation.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofDays(14)));
        assertThat(f.manageGroups.get(hopOwner, group.id()).name()).isEqualTo("North Sharing");
        assertThat(f.manageGroups.invitations(hopOwner, group.id())).extracting(GroupInvitation::status)
                .containsExactly(InvitationStatus.PENDING);

        var accepted = f.manageGroups.accept(hopOwner, group.id(), invitation.id(), hop.id());
        assertThat(accepted.invitation().status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.member().role()).isEqualTo(GroupRole.MEMBER);
        assertThat(f.manageGroups.members(hopOwner, group.id())).extracting(ManageGroups.MemberView::teamName)
                .containsExactly("Lantern Brewery", "Hop Co");
        assertThat(f.manageGroups.ofTeam(hopOwner, hop.id())).extracting(BreweryGroup::id).containsExactly(group.id());
    }

    @Test
    void invitations_are_made_by_teams_that_run_the_group_once_at_a_time() {
        assertThatThrownBy(() -> f.manageGroups.invite(outsiderOwner, group.id(), outsider.id(), hop.id()))
                .isInstanceOf(Forbidden.class);
        f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), hop.id());
        assertThatThrownBy(() -> f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), hop.id())).isInstanceOf(Conflict.class);
        assertInvalidField(() -> f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), f.teams.platformTeamId()),
                "inviteeTeamId");
        assertThatThrownBy(() -> f.manageGroups.invite(lanternOwner, UUID.randomUUID(), lantern.id(), hop.id()))
                .isInstanceOf(NotFound.class);

        f.join(group.id(), lanternOwner, lantern.id(), outsiderOwner, outsider.id());
        assertThatThrownBy(() -> f.manageGroups.invite(outsiderOwner, group.id(), outsider.id(), hop.id()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), outsider.id()))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void only_the_invited_team_answers_and_an_expired_invitation_cannot_be_accepted() {
        GroupInvitation invitation = f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), hop.id());
        assertThatThrownBy(() -> f.manageGroups.accept(outsiderOwner, group.id(), invitation.id(), outsider.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.manageGroups.accept(outsiderOwner, group.id(), invitation.id(), hop.id()))
                .isInstanceOf(Forbidden.class);

        f.clock.advance(Duration.ofDays(14));
        assertThatThrownBy(() -> f.manageGroups.accept(hopOwner, group.id(), invitation.id(), hop.id()))
                .isInstanceOf(Conflict.class).hasMessage("Invite is expired");
        assertThatThrownBy(() -> f.manageGroups.get(hopOwner, group.id())).isInstanceOf(Forbidden.class);
        assertThat(f.groups.member(group.id(), hop.id())).isEmpty();
    }

    @Test
    void a_declined_or_revoked_invitation_cannot_be_accepted() {
        GroupInvitation declined = f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), hop.id());
        assertThat(f.manageGroups.decline(hopOwner, group.id(), declined.id(), hop.id()).status()).isEqualTo(InvitationStatus.DECLINED);
        assertThatThrownBy(() -> f.manageGroups.accept(hopOwner, group.id(), declined.id(), hop.id())).isInstanceOf(Conflict.class);

        GroupInvitation revoked = f.manageGroups.invite(lanternOwner, group.id(), lantern.id(), hop.id());
        assertThat(f.manageGroups.revoke(lanternOwner, group.id(), revoked.id(), null).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThatThrownBy(() -> f.manageGroups.accept(hopOwner, group.id(), revoked.id(), hop.id())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.manageGroups.revoke(hopOwner, group.id(), revoked.id(), null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void details_change_through_a_team_that_runs_the_group_and_shop_visibility_only_through_platform_staff() {
        f.join(group.id(), lanternOwner, lantern.id(), hopOwner, hop.id());
        assertThatThrownBy(() -> f.manageGroups.update(hopOwner, group.id(), hop.id(), rename("Hop Group"))).isInstanceOf(Forbidden.class);
        assertThat(f.manageGroups.update(lanternOwner, group.id(), lantern.id(), rename("North Sharing Co")).name())
                .isEqualTo("North Sharing Co");
        assertInvalidField(() -> f.manageGroups.update(lanternOwner, group.id(), null, rename("X")), "teamId");

        var show = new ManageGroups.GroupChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.set(true));
        assertThatThrownBy(() -> f.manageGroups.update(lanternOwner, group.id(), lantern.id(), show)).isInstanceOf(Forbidden.class);
        Caller staff = f.platformAdmin("admin@brewski.example");
        assertThat(f.manageGroups.update(staff, group.id(), null, show).shopVisible()).isTrue();
        assertThat(f.manageGroups.get(staff, group.id()).slug()).isEqualTo("north-sharing");
    }

    @Test
    void outsiders_see_nothing_of_a_group() {
        assertThatThrownBy(() -> f.manageGroups.get(outsiderOwner, group.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageGroups.members(outsiderOwner, group.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageGroups.invitations(outsiderOwner, group.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageGroups.ofTeam(outsiderOwner, lantern.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageGroups.get(outsiderOwner, UUID.randomUUID())).isInstanceOf(NotFound.class);
    }

    @Test
    void the_last_owner_stays_while_others_are_active_and_a_member_that_leaves_loses_sight_of_the_group() {
        f.join(group.id(), lanternOwner, lantern.id(), hopOwner, hop.id());
        assertThatThrownBy(() -> f.manageGroups.leave(lanternOwner, group.id(), lantern.id())).isInstanceOf(Conflict.class);

        assertThat(f.manageGroups.leave(hopOwner, group.id(), hop.id()).status()).isEqualTo(GroupMemberStatus.RETIRED);
        assertThatThrownBy(() -> f.manageGroups.get(hopOwner, group.id())).isInstanceOf(Forbidden.class);
        assertThat(f.manageGroups.ofTeam(hopOwner, hop.id())).isEmpty();
        assertThatThrownBy(() -> f.manageGroups.leave(hopOwner, group.id(), hop.id())).isInstanceOf(NotFound.class);

        assertThat(f.manageGroups.leave(lanternOwner, group.id(), lantern.id()).status()).isEqualTo(GroupMemberStatus.RETIRED);
    }

    @Test
    void a_team_that_left_can_be_invited_back() {
        f.join(group.id(), lanternOwner, lantern.id(), hopOwner, hop.id());
        UUID membership = f.groups.member(group.id(), hop.id()).orElseThrow().id();
        f.manageGroups.leave(hopOwner, group.id(), hop.id());
        f.join(group.id(), lanternOwner, lantern.id(), hopOwner, hop.id());
        assertThat(f.groups.member(group.id(), hop.id())).hasValueSatisfying(m -> {
            assertThat(m.id()).isEqualTo(membership);
            assertThat(m.status()).isEqualTo(GroupMemberStatus.ACTIVE);
        });
    }
}
