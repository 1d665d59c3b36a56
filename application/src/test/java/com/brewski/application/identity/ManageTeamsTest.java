package com.brewski.application.identity;

import com.brewski.application.testing.IdentityFixture;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageTeamsTest {
    private final IdentityFixture f = new IdentityFixture();
    private final Caller owner = caller("owner@lantern.example");
    private final Team team = f.manageTeams.create(owner, "Lantern Brewery", TeamChanges.currency("€")).team();

    private Caller caller(String email) {
        return f.signIn.authenticate(f.signIn.register(email, "correct horse", "Someone", "10.0.0.1").accessToken());
    }

    @Test
    void the_creator_becomes_owner_and_initial_settings_apply() {
        assertThat(team.settings().currencySymbol()).isEqualTo("€");
        assertThat(f.profile.me(owner).memberships())
                .singleElement().satisfies(m -> {
                    assertThat(m.teamId()).isEqualTo(team.id());
                    assertThat(m.role()).isEqualTo("owner");
                });
    }

    @Test
    void team_set_ups_run_with_the_new_team() {
        var seen = new java.util.ArrayList<TeamId>();
        var teams = new ManageTeams(f.teams, f.memberships, f.users, f.access,
                java.util.List.of((t, now) -> seen.add(t.id())), f.transactions, f.clock, f.ids);
        Team created = teams.create(owner, "Second", TeamChanges.none()).team();
        assertThat(seen).containsExactly(created.id());
    }

    @Test
    void members_see_the_team_and_outsiders_are_forbidden() {
        Caller outsider = caller("other@hop.example");
        assertThatThrownBy(() -> f.manageTeams.get(outsider, team.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageTeams.members(outsider, team.id(), PageRequest.DEFAULT)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageTeams.get(owner, new TeamId(UUID.randomUUID()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.manageTeams.get(owner, f.teams.platformTeamId())).isInstanceOf(NotFound.class);
    }

    @Test
    void owners_add_members_who_then_have_access_until_removed() {
        Caller brewer = caller("brewer@lantern.example");
        f.manageTeams.add(owner, team.id(), "Brewer@Lantern.example", TeamRole.MEMBER);
        assertThat(f.manageTeams.get(brewer, team.id()).id()).isEqualTo(team.id());
        assertThat(f.manageTeams.members(owner, team.id(), PageRequest.DEFAULT).total()).isEqualTo(2);

        var removed = f.manageTeams.remove(owner, team.id(), brewer.userId());
        assertThat(removed.membership().deactivated()).isTrue();
        assertThatThrownBy(() -> f.manageTeams.get(brewer, team.id())).isInstanceOf(Forbidden.class);
        assertThat(f.profile.me(brewer).memberships()).isEmpty();
    }

    @Test
    void plain_members_cannot_add_members() {
        Caller brewer = caller("brewer@lantern.example");
        f.manageTeams.add(owner, team.id(), "brewer@lantern.example", TeamRole.MEMBER);
        assertThatThrownBy(() -> f.manageTeams.add(brewer, team.id(), "x@lantern.example", TeamRole.MEMBER))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void the_team_keeps_its_last_owner() {
        assertThatThrownBy(() -> f.manageTeams.changeRole(owner, team.id(), owner.userId(), TeamRole.MEMBER))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.manageTeams.remove(owner, team.id(), owner.userId())).isInstanceOf(Conflict.class);
    }

    @Test
    void promoting_makes_a_second_owner() {
        Caller brewer = caller("brewer@lantern.example");
        f.manageTeams.add(owner, team.id(), "brewer@lantern.example", TeamRole.ADMIN);
        assertThat(f.manageTeams.promoteToOwner(owner, team.id(), brewer.userId()).membership().role()).isEqualTo("owner");
        assertThat(f.manageTeams.changeRole(brewer, team.id(), owner.userId(), TeamRole.ADMIN).membership().role()).isEqualTo("admin");
    }

    @Test
    void changing_an_unknown_member_is_not_found() {
        assertThatThrownBy(() -> f.manageTeams.changeRole(owner, team.id(), new com.brewski.domain.identity.UserId(UUID.randomUUID()), TeamRole.ADMIN))
                .isInstanceOf(NotFound.class);
    }
}
