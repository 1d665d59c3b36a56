package com.brewski.application.heroes;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.FakeImages;
import com.brewski.application.testing.InMemoryHeroes;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.application.testing.InMemoryTransactions;
import com.brewski.application.testing.MutableClock;
import com.brewski.application.testing.SequentialIds;
import com.brewski.domain.heroes.Direction;
import com.brewski.domain.heroes.Hero;
import com.brewski.domain.heroes.HeroChange;
import com.brewski.domain.heroes.HeroContent;
import com.brewski.domain.heroes.HeroId;
import com.brewski.domain.heroes.HeroTheme;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;
import com.brewski.domain.shared.PayloadTooLarge;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CreateHero, UpdateHero, ReorderHero, DeleteHero and ListHeroes on in-memory ports. */
class HeroUseCasesTest {
    private final MutableClock clock = MutableClock.at("2025-06-02T10:05:44.123Z");
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryHeroes heroes = new InMemoryHeroes();
    private final InMemoryObjectStore objects = new InMemoryObjectStore();
    private final FakeImages images = new FakeImages();
    private final SequentialIds ids = new SequentialIds();
    private final CreateHero create = new CreateHero(heroes, objects, images, transactions, clock, ids);
    private final UpdateHero update = new UpdateHero(heroes, objects, images, transactions, clock);
    private final ReorderHero reorder = new ReorderHero(heroes, transactions);
    private final DeleteHero delete = new DeleteHero(heroes, objects, transactions);
    private final ListHeroes list = new ListHeroes(heroes, transactions);
    private final Caller staff = new Caller(new UserId(UUID.randomUUID()), new Email("su@brewski.example"), UUID.randomUUID(), Optional.of(PlatformRole.SU));
    private final Caller brewer = new Caller(new UserId(UUID.randomUUID()), new Email("b@brewski.example"), UUID.randomUUID(), Optional.empty());

    private Hero slide(String title) {
        return create.create(staff, new HeroContent("Category", title, "Message", false, null, null, 8, HeroTheme.DARK),
                FakeImages.upload("jpeg", 4000, 3000));
    }

    private static List<String> titles(List<Hero> heroes) {
        return heroes.stream().map(h -> h.content().title()).toList();
    }

    @Test
    void slides_are_appended_with_a_converted_image_under_a_key_of_their_own() {
        Hero a = slide("A");
        Hero b = slide("B");

        assertThat(a.position()).isZero();
        assertThat(b.position()).isEqualTo(1);
        assertThat(a.image().key()).isEqualTo("platform/hero-" + clock.millis() + ".jpg");
        assertThat(b.image().key()).as("same millisecond, next key").isEqualTo("platform/hero-" + (clock.millis() + 1) + ".jpg");
        assertThat(a.image().height()).isEqualTo(770);
        assertThat(a.image().width()).isEqualTo(1027);
        assertThat(objects.get(a.image().key()).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(objects.all()).hasSize(2); // the originals are never stored
        assertThat(titles(list.list(staff))).containsExactly("A", "B");
    }

    @Test
    void an_upload_over_eight_megabytes_is_refused_before_anything_is_stored() {
        assertThatThrownBy(() -> create.create(staff, new HeroContent("c", "t", "m", false, null, null, 8, null),
                new byte[8 * 1024 * 1024 + 1])).isInstanceOf(PayloadTooLarge.class).hasMessage("image must be at most 8 MB");
        assertThat(objects.all()).isEmpty();
    }

    @Test
    void reordering_swaps_neighbours_and_the_ends_stay_put() {
        slide("A");
        Hero b = slide("B");
        Hero c = slide("C");

        assertThat(titles(reorder.reorder(staff, c.id(), Direction.UP))).containsExactly("A", "C", "B");
        assertThat(titles(reorder.reorder(staff, b.id(), Direction.DOWN))).containsExactly("A", "C", "B");
        assertThat(list.forStorefront()).extracting(Hero::position).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> reorder.reorder(staff, new HeroId(UUID.randomUUID()), Direction.UP)).isInstanceOf(NotFound.class);
    }

    @Test
    void deleting_compacts_positions_and_removes_the_image_object() {
        Hero a = slide("A");
        Hero b = slide("B");
        slide("C");

        List<Hero> left = delete.delete(staff, b.id());

        assertThat(titles(left)).containsExactly("A", "C");
        assertThat(left).extracting(Hero::position).containsExactly(0, 1);
        assertThat(objects.contains(b.image().key())).isFalse();
        assertThat(objects.contains(a.image().key())).isTrue();
        assertThatThrownBy(() -> delete.delete(staff, b.id())).isInstanceOf(NotFound.class).hasMessage("Hero not found");
    }

    @Test
    void an_update_may_replace_the_image_and_the_old_object_goes() {
        Hero a = slide("A");
        String oldKey = a.image().key();
        HeroChange retitle = new HeroChange(Patch.absent(), Patch.set("A2"), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent());

        Hero updated = update.update(staff, a.id(), retitle, Optional.of(FakeImages.upload("png", 640, 480)));

        assertThat(updated.content().title()).isEqualTo("A2");
        assertThat(updated.image().height()).isEqualTo(480);
        assertThat(updated.image().key()).isNotEqualTo(oldKey);
        assertThat(objects.contains(oldKey)).isFalse();
        assertThat(objects.contains(updated.image().key())).isTrue();
        assertThatThrownBy(() -> update.update(staff, new HeroId(UUID.randomUUID()), retitle, Optional.empty()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void only_platform_staff_manage_the_carousel() {
        Hero a = slide("A");
        assertThatThrownBy(() -> list.list(brewer)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> reorder.reorder(brewer, a.id(), Direction.UP)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> delete.delete(brewer, a.id())).isInstanceOf(Forbidden.class);
    }
}
