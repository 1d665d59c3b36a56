package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.heroes.CreateHero;
import com.brewski.application.heroes.DeleteHero;
import com.brewski.application.heroes.ReorderHero;
import com.brewski.application.identity.Caller;
import com.brewski.application.testing.FakeImages;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.application.testing.MutableClock;
import com.brewski.domain.heroes.ButtonLink;
import com.brewski.domain.heroes.Direction;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroContent;
import com.brewski.domain.heroes.HeroTheme;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The heroes port on PostgreSQL: slides round-trip, moves and removals keep positions 0…n−1, image keys never repeat. */
class JooqHeroesTest {
    private final JooqPersistence persistence = new JooqPersistence(TestDatabase.fresh());
    private final JooqHeroes heroes = new JooqHeroes(persistence);
    private final MutableClock clock = MutableClock.at("2025-06-02T10:05:44.123Z");
    private final InMemoryObjectStore objects = new InMemoryObjectStore();
    private final CreateHero create = new CreateHero(heroes, objects, new FakeImages(), persistence.transactions(), clock, UUID::randomUUID);
    private final Caller staff = new Caller(new UserId(UUID.randomUUID()), new Email("su@brewski.example"), UUID.randomUUID(), Optional.of(PlatformRole.SU));

    private Hero slide(String title) {
        return create.create(staff, new HeroContent("Marketplace highlight", title, "Fresh releases", true, "Browse beers",
                new ButtonLink("/shop"), 12, HeroTheme.LIGHT), FakeImages.upload("jpeg", 1280, 720));
    }

    private List<Hero> stored() {
        return persistence.transactions().inTransaction(heroes::all);
    }

    @Test
    void a_slide_round_trips() {
        Hero created = slide("A");
        Hero stored = stored().getFirst();
        assertThat(stored.content()).isEqualTo(created.content());
        assertThat(stored.image()).isEqualTo(created.image());
        assertThat(stored.position()).isZero();
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void moves_and_removals_keep_positions_gap_free() {
        slide("A");
        Hero b = slide("B");
        Hero c = slide("C");
        slide("D");
        ReorderHero reorder = new ReorderHero(heroes, persistence.transactions());

        reorder.reorder(staff, c.id(), Direction.UP);
        assertThat(stored()).extracting(h -> h.content().title()).containsExactly("A", "C", "B", "D");

        new DeleteHero(heroes, objects, persistence.transactions()).delete(staff, b.id());
        assertThat(stored()).extracting(h -> h.content().title()).containsExactly("A", "C", "D");
        assertThat(stored()).extracting(Hero::position).containsExactly(0, 1, 2);
    }

    @Test
    void image_keys_keep_increasing_across_transactions() {
        Hero a = slide("A");
        Hero b = slide("B");
        assertThat(b.image().key()).isEqualTo("platform/hero-" + (clock.millis() + 1) + ".jpg");
        assertThat(a.image().key()).isEqualTo("platform/hero-" + clock.millis() + ".jpg");
        assertThat(persistence.transactions().inTransaction(heroes::lockCarousel).lastImageMillis()).isEqualTo(clock.millis() + 1);
    }
}
