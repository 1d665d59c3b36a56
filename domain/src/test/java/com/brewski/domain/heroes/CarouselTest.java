package com.brewski.domain.heroes;

import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reordering, appending and removing slides, on a fixed clock. */
class CarouselTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T10:05:44.123Z"), ZoneOffset.UTC);
    private static final HeroContent CONTENT = new HeroContent("Category", "Title", "Message", false, null, null, 8, HeroTheme.DARK);
    private static final HeroImage IMAGE = new HeroImage("platform/hero-1.jpg", 1280, 720);

    private static Carousel carousel(int n) {
        Carousel carousel = Carousel.restore(List.of(), 0);
        for (int i = 0; i < n; i++) carousel.append(new HeroId(new UUID(0, i + 1)), CONTENT, IMAGE, CLOCK.instant());
        return carousel;
    }

    private static List<Long> order(Carousel carousel) {
        return carousel.heroes().stream().map(h -> h.id().value().getLeastSignificantBits()).toList();
    }

    private static List<Integer> positions(Carousel carousel) {
        return carousel.heroes().stream().map(Hero::position).toList();
    }

    private static HeroId id(long n) {
        return new HeroId(new UUID(0, n));
    }

    @Test
    void new_slides_go_to_the_end() {
        Carousel carousel = carousel(3);
        assertThat(order(carousel)).containsExactly(1L, 2L, 3L);
        assertThat(positions(carousel)).containsExactly(0, 1, 2);
    }

    @Test
    void moving_up_or_down_swaps_with_the_neighbour() {
        Carousel carousel = carousel(4);

        List<Hero> moved = carousel.move(id(3), Direction.UP);

        assertThat(order(carousel)).containsExactly(1L, 3L, 2L, 4L);
        assertThat(positions(carousel)).containsExactly(0, 1, 2, 3);
        assertThat(moved).extracting(h -> h.id().value().getLeastSignificantBits()).containsExactlyInAnyOrder(2L, 3L);

        carousel.move(id(1), Direction.DOWN);
        assertThat(order(carousel)).containsExactly(3L, 1L, 2L, 4L);
        assertThat(positions(carousel)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void the_first_up_and_the_last_down_stay_put() {
        Carousel carousel = carousel(3);
        assertThat(carousel.move(id(1), Direction.UP)).isEmpty();
        assertThat(carousel.move(id(3), Direction.DOWN)).isEmpty();
        assertThat(order(carousel)).containsExactly(1L, 2L, 3L);
        assertThat(carousel(1).move(id(1), Direction.DOWN)).isEmpty();
    }

    @Test
    void removing_a_slide_compacts_positions_and_keeps_display_seconds() {
        Carousel carousel = carousel(4);

        List<Hero> moved = carousel.remove(id(2));

        assertThat(order(carousel)).containsExactly(1L, 3L, 4L);
        assertThat(positions(carousel)).containsExactly(0, 1, 2);
        assertThat(moved).extracting(Hero::position).containsExactly(1, 2);
        assertThat(carousel.heroes()).allMatch(h -> h.content().displaySeconds() == 8);
        assertThat(carousel.remove(id(4))).as("removing the last moves nothing").isEmpty();
    }

    @Test
    void unknown_slides_are_not_found() {
        assertThatThrownBy(() -> carousel(2).move(id(9), Direction.UP)).isInstanceOf(NotFound.class).hasMessage("Hero not found");
        assertThatThrownBy(() -> carousel(2).remove(id(9))).isInstanceOf(NotFound.class);
    }

    @Test
    void a_restored_carousel_is_ordered_by_position_then_creation() {
        Instant t = CLOCK.instant();
        List<Hero> stored = new ArrayList<>(List.of(
                Hero.restore(id(1), CONTENT, IMAGE, 2, t, t),
                Hero.restore(id(2), CONTENT, IMAGE, 0, t.plusSeconds(1), t),
                Hero.restore(id(3), CONTENT, IMAGE, 1, t, t)));

        assertThat(order(Carousel.restore(stored, 0))).containsExactly(2L, 3L, 1L);
    }

    @Test
    void image_keys_use_epoch_millis_and_never_repeat_within_a_millisecond() {
        Carousel carousel = Carousel.restore(List.of(), 0);
        long millis = CLOCK.millis();
        assertThat(carousel.nextImageKey(CLOCK.instant())).isEqualTo("platform/hero-" + millis + ".jpg");
        assertThat(carousel.nextImageKey(CLOCK.instant())).isEqualTo("platform/hero-" + (millis + 1) + ".jpg");
        assertThat(carousel.lastImageMillis()).isEqualTo(millis + 1);
        assertThat(Carousel.restore(List.of(), millis + 50).nextImageKey(CLOCK.instant()))
                .isEqualTo("platform/hero-" + (millis + 51) + ".jpg");
    }
}
