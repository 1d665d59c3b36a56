package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.identity.Caller;
import com.brewski.application.promotions.CreatePromotion;
import com.brewski.application.promotions.MakePromotionDefault;
import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.application.testing.FakeImages;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.application.testing.MutableClock;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.PublicSlug;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.identity.User;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.promotions.Promotion;
import com.brewski.domain.promotions.PromotionDetails;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.promotions.TextBackground;
import com.brewski.domain.promotions.TextColor;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The promotions port on PostgreSQL: rows round-trip, the list joins team and author, one default at most. */
class JooqPromotionsTest {
    private final JooqPersistence persistence = new JooqPersistence(TestDatabase.fresh());
    private final JooqPromotions promotions = new JooqPromotions(persistence);
    private final MutableClock clock = MutableClock.at("2025-02-28T15:22:17.123Z");
    private final CreatePromotion create = new CreatePromotion(promotions, persistence.teams(), new InMemoryObjectStore(),
            new FakeImages(), persistence.transactions(), clock, UUID::randomUUID);
    private final User sophie = User.registered(new UserId(UUID.randomUUID()), new Email("sophie@brewski.example"),
            "Sophie Brewer", "x", clock.instant());
    private final Caller staff = new Caller(sophie.id(), sophie.email(), UUID.randomUUID(), Optional.of(PlatformRole.SU));

    JooqPromotionsTest() {
        persistence.transactions().run(() -> persistence.users().insert(sophie));
    }

    private TeamId team(String name, String createdAt) {
        TeamId id = new TeamId(UUID.randomUUID());
        PublicSlug slug = new PublicSlug(PublicSlug.slugify(name, 60, "team") + "-" + id.value().toString().substring(0, 6));
        persistence.transactions().run(() -> persistence.teams().insert(Team.create(id, TeamSettings.defaults(name), slug, Instant.parse(createdAt))));
        return id;
    }

    private PromotionView create(TeamId team, String startsAt) {
        PromotionDetails details = new PromotionDetails(team, Instant.parse(startsAt), "Featured brewery", "Spring showcase",
                "Rooftop pour", "Hazy saison at sunset", true, TextBackground.LIGHTDEEP, TextColor.RAINBOW);
        return create.create(staff, details, FakeImages.upload("webp", 1600, 900));
    }

    @Test
    void a_promotion_round_trips_with_its_team_and_author() {
        TeamId lantern = team("Lantern Brewery", "2025-01-02T00:00:00Z");
        PromotionView created = create(lantern, "2025-04-01T08:00:00Z");

        PromotionView stored = persistence.transactions().inTransaction(() -> promotions.view(created.promotion().id())).orElseThrow();

        Promotion p = stored.promotion();
        assertThat(p.details()).isEqualTo(created.promotion().details());
        assertThat(p.imageKey()).startsWith("promotions/" + p.id() + "-").endsWith(".webp");
        assertThat(p.isDefault()).isTrue();
        assertThat(p.createdAt()).isEqualTo(clock.instant());
        assertThat(stored.team().name()).isEqualTo("Lantern Brewery");
        assertThat(stored.team().id()).isEqualTo(lantern);
        assertThat(stored.team().publicSlug()).isEqualTo("lantern-brewery-" + lantern.value().toString().substring(0, 6));
        assertThat(stored.createdBy()).isEqualTo(new com.brewski.application.promotions.Promotions.Author(sophie.id(), "Sophie Brewer"));
    }

    @Test
    void the_list_runs_latest_start_first_and_the_oldest_brewery_is_never_the_platform() {
        assertThat(persistence.transactions().inTransaction(promotions::oldestBreweryTeam)).isEmpty();
        TeamId old = team("Old Brewery", "2025-01-02T00:00:00Z");
        team("Young Brewery", "2025-03-02T00:00:00Z");
        assertThat(persistence.transactions().inTransaction(promotions::oldestBreweryTeam)).map(t -> t.id()).contains(old);

        create(old, "2025-04-01T08:00:00Z");
        create(old, "2025-06-01T08:00:00Z");
        create(old, "2025-05-01T08:00:00Z");

        assertThat(persistence.transactions().inTransaction(promotions::list))
                .extracting(v -> v.promotion().startsAt().toString())
                .containsExactly("2025-06-01T08:00:00Z", "2025-05-01T08:00:00Z", "2025-04-01T08:00:00Z");
    }

    @Test
    void the_database_refuses_a_second_default() {
        TeamId lantern = team("Lantern Brewery", "2025-01-02T00:00:00Z");
        create(lantern, "2025-04-01T08:00:00Z");
        PromotionView second = create(lantern, "2025-05-01T08:00:00Z");
        Promotion rogue = Promotion.restore(second.promotion().id(), second.promotion().details(), second.promotion().imageKey(),
                true, sophie.id(), clock.instant(), clock.instant());

        assertThatThrownBy(() -> persistence.transactions().run(() -> promotions.update(rogue)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("homepage_promotions_one_default");
    }

    @Test
    void making_a_default_demotes_the_previous_one_in_the_database() {
        TeamId lantern = team("Lantern Brewery", "2025-01-02T00:00:00Z");
        PromotionId first = create(lantern, "2025-04-01T08:00:00Z").promotion().id();
        PromotionId second = create(lantern, "2025-05-01T08:00:00Z").promotion().id();

        MakePromotionDefault.Result result = new MakePromotionDefault(promotions, persistence.transactions(), clock)
                .makeDefault(staff, second);

        assertThat(result.demotedPromotionIds()).containsExactly(first);
        assertThat(persistence.transactions().inTransaction(promotions::defaults)).extracting(Promotion::id).containsExactly(second);
    }

    @Test
    void a_deleted_promotion_is_gone() {
        TeamId lantern = team("Lantern Brewery", "2025-01-02T00:00:00Z");
        create(lantern, "2025-04-01T08:00:00Z");
        PromotionId second = create(lantern, "2025-05-01T08:00:00Z").promotion().id();

        persistence.transactions().run(() -> promotions.delete(second));

        assertThat(persistence.transactions().inTransaction(() -> promotions.view(second))).isEmpty();
        assertThat(persistence.transactions().inTransaction(promotions::list)).hasSize(1);
    }
}
