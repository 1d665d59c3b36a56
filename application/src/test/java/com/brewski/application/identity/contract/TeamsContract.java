package com.brewski.application.identity.contract;

import com.brewski.application.identity.Teams;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.identity.DepositSetting;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Location;
import com.brewski.domain.identity.OperatingMode;
import com.brewski.domain.identity.PaymentTermsUnit;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.shared.Conflict;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Teams} implementation promises. */
public abstract class TeamsContract extends IdentityContract {

    private Teams teams() {
        return ports.teams();
    }

    /** Settings with every field set away from its default. */
    private static TeamSettings everySettingSet(String name) {
        return new TeamSettings(name, "€", "de-DE", true,
                "Hop House Ltd", "1 Mash Lane\nLeeds", "GB123456789", "Sort code 00-00-00, account 12345678",
                "Pay within the terms, please.", 45, PaymentTermsUnit.MONTHS,
                Map.of(ContainerType.KEG, new DepositSetting(true, 3000L),
                        ContainerType.CASK, new DepositSetting(true, 0L),
                        ContainerType.CAN, new DepositSetting(false, 120L),
                        ContainerType.BOTTLE, DepositSetting.OFF),
                new Location("Leeds", "United Kingdom"), new Email("offtrade@hophouse.example"), OperatingMode.HYBRID);
    }

    @Test
    void the_platform_team_exists_and_is_marked_as_the_platform() {
        Team platform = teams().byId(teams().platformTeamId()).orElseThrow();

        assertThat(platform.isPlatform()).isTrue();
        assertThat(platform.name()).isEqualTo("Brewski platform");
    }

    @Test
    void a_new_team_round_trips_with_default_settings() {
        Team team = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Hop House"), T0);
        tx().run(() -> teams().insert(team));

        Team found = teams().byId(team.id()).orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(team);
        assertThat(found.isPlatform()).isFalse();
        assertThat(found.logoKey()).isEmpty();
    }

    @Test
    void every_setting_and_the_logo_round_trip() {
        Team team = Team.restore(new TeamId(UUID.randomUUID()), false, everySettingSet("Hop House"), "logos/hop.png", T0, at(10));
        tx().run(() -> teams().insert(team));

        Team found = teams().byId(team.id()).orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(team);
        assertThat(found.settings()).isEqualTo(team.settings());
        assertThat(found.settings().deposit(ContainerType.CAN)).isEqualTo(new DepositSetting(false, 120L));
    }

    @Test
    void update_saves_every_setting_both_ways() {
        TeamId id = new TeamId(UUID.randomUUID());
        Team full = Team.restore(id, false, everySettingSet("Hop House"), "logos/hop.png", T0, at(10));
        Team cleared = Team.restore(id, false, TeamSettings.defaults("Hop House Renamed"), null, T0, at(20));
        Team fullAgain = Team.restore(id, false, everySettingSet("Hop House Again"), "logos/new.png", T0, at(30));
        tx().run(() -> teams().insert(full));

        tx().run(() -> teams().update(cleared));
        assertThat(teams().byId(id)).get().usingRecursiveComparison().isEqualTo(cleared);

        tx().run(() -> teams().update(fullAgain));
        assertThat(teams().byId(id)).get().usingRecursiveComparison().isEqualTo(fullAgain);
    }

    @Test
    void unknown_teams_are_not_found() {
        TeamId unknown = new TeamId(UUID.randomUUID());

        assertThat(teams().byId(unknown)).isEmpty();
        assertThat(tx().inTransaction(() -> teams().byIdForUpdate(unknown))).isEmpty();
    }

    @Test
    void a_locking_lookup_waits_for_the_transaction_holding_the_lock() throws Exception {
        Team team = storedTeam("Hop House");
        Team renamed = Team.restore(team.id(), false, TeamSettings.defaults("Hop House Renamed"), null, T0, at(5));

        Team seen = readWhileAnotherTransactionHoldsTheLock(
                () -> teams().byIdForUpdate(team.id()).orElseThrow(),
                () -> teams().update(renamed),
                () -> teams().byIdForUpdate(team.id()).orElseThrow());

        assertThat(seen.name()).isEqualTo("Hop House Renamed");
    }

    @Test
    void public_slugs_are_unique_and_found_with_their_numbered_siblings() {
        String base = "slug-" + UUID.randomUUID().toString().substring(0, 8);
        PublicSlug slug = new PublicSlug(base);
        Team first = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Slugged"), slug, T0);
        Team second = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Slugged"), slug.withSuffix(2), T0);
        Team unrelated = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Slugged"), new PublicSlug(base + "-tap"), T0);
        tx().run(() -> {
            teams().insert(first);
            teams().insert(second);
            teams().insert(unrelated);
        });

        assertThat(tx().inTransaction(() -> teams().slugsLike(slug))).containsExactlyInAnyOrder(slug, slug.withSuffix(2));
        assertThat(tx().inTransaction(() -> teams().holderOf(slug.withSuffix(2)))).contains(second.id());
        assertThat(tx().inTransaction(() -> teams().holderOf(slug.withSuffix(3)))).isEmpty();
        assertThat(teams().byId(second.id()).orElseThrow().publicSlug()).isEqualTo(slug.withSuffix(2));

        Team clash = Team.create(new TeamId(UUID.randomUUID()), TeamSettings.defaults("Clash"), slug, T0);
        assertThatThrownBy(() -> tx().run(() -> teams().insert(clash)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).contains("PUBLIC_SLUG_TAKEN"));
        Team moved = Team.restore(unrelated.id(), false, unrelated.settings(), slug, null, T0, at(5));
        assertThatThrownBy(() -> tx().run(() -> teams().update(moved))).isInstanceOf(Conflict.class);
        assertThat(teams().byId(unrelated.id()).orElseThrow().publicSlug().value()).isEqualTo(base + "-tap");
    }
}
