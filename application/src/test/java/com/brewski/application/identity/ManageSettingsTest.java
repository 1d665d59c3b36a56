package com.brewski.application.identity;

import com.brewski.application.testing.IdentityFixture;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageSettingsTest {
    private final IdentityFixture f = new IdentityFixture();
    private final Caller owner = caller("owner@lantern.example");
    private final Team team = f.manageTeams.create(owner, "Lantern Brewery", TeamChanges.none()).team();

    private Caller caller(String email) {
        return f.signIn.authenticate(f.signIn.register(email, "correct horse", "Someone", "10.0.0.1").accessToken());
    }

    @Test
    void owners_change_settings_and_members_read_them() {
        Caller member = caller("member@lantern.example");
        f.manageTeams.add(owner, team.id(), "member@lantern.example", TeamRole.MEMBER);
        f.manageSettings.update(owner, team.id(), TeamChanges.currency("$"), java.util.Optional.empty());
        assertThat(f.manageSettings.get(member, team.id()).team().settings().currencySymbol()).isEqualTo("$");
        assertThatThrownBy(() -> f.manageSettings.update(member, team.id(), TeamChanges.currency("€"), java.util.Optional.empty()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void an_empty_change_is_refused() {
        assertThatThrownBy(() -> f.manageSettings.update(owner, team.id(), TeamChanges.none(), java.util.Optional.empty()))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void default_containers_are_chosen_among_the_teams_own() {
        java.util.UUID keg = java.util.UUID.randomUUID();
        f.defaultContainers.offer(team.id(), keg);
        assertThat(f.manageSettings.get(owner, team.id()).defaultContainers())
                .containsExactly(new com.brewski.domain.catalogue.DefaultContainer(keg, null, true));
        var changed = f.manageSettings.update(owner, team.id(), TeamChanges.none(),
                java.util.Optional.of(java.util.List.of(new com.brewski.domain.catalogue.DefaultContainer(keg, 12000L, false))));
        assertThat(changed.defaultContainers()).containsExactly(new com.brewski.domain.catalogue.DefaultContainer(keg, 12000L, false));
        assertThatThrownBy(() -> f.manageSettings.update(owner, team.id(), TeamChanges.none(), java.util.Optional.of(
                java.util.List.of(new com.brewski.domain.catalogue.DefaultContainer(java.util.UUID.randomUUID(), null, true)))))
                .isInstanceOf(InvalidField.class).hasMessageContaining("defaultContainers.id");
    }

    @Test
    void outsiders_cannot_read_settings() {
        Caller outsider = caller("other@hop.example");
        assertThatThrownBy(() -> f.manageSettings.get(outsider, team.id())).isInstanceOf(Forbidden.class);
    }
}
