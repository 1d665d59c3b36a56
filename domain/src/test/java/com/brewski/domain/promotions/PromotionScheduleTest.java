package com.brewski.domain.promotions;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The current-promotion rule on a fixed clock. */
class PromotionScheduleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-10T12:00:00Z"), ZoneOffset.UTC);
    private static final TeamId TEAM = new TeamId(UUID.randomUUID());
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());

    private static Promotion promotion(String startsAt, boolean isDefault) {
        PromotionDetails details = new PromotionDetails(TEAM, Instant.parse(startsAt), null, null, null, null, false, null, null);
        return Promotion.restore(new PromotionId(UUID.randomUUID()), details, "promotions/x.png", isDefault, AUTHOR,
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void the_latest_promotion_that_has_started_is_current() {
        Promotion march = promotion("2025-03-01T08:00:00Z", true);
        Promotion april = promotion("2025-04-01T08:00:00Z", false);
        Promotion may = promotion("2025-05-01T08:00:00Z", false);

        assertThat(PromotionSchedule.current(List.of(march, may, april), CLOCK.instant())).contains(april);
    }

    @Test
    void a_promotion_starting_this_very_instant_has_started() {
        Promotion now = promotion("2025-04-10T12:00:00Z", false);
        Promotion earlier = promotion("2025-04-10T11:59:59Z", false);

        assertThat(PromotionSchedule.current(List.of(earlier, now), CLOCK.instant())).contains(now);
    }

    @Test
    void when_none_has_started_the_default_is_current() {
        Promotion may = promotion("2025-05-01T08:00:00Z", false);
        Promotion fallback = promotion("2025-06-01T08:00:00Z", true);

        assertThat(PromotionSchedule.current(List.of(may, fallback), CLOCK.instant())).contains(fallback);
    }

    @Test
    void when_none_has_started_and_there_is_no_default_nothing_is_current() {
        Promotion may = promotion("2025-05-01T08:00:00Z", false);

        assertThat(PromotionSchedule.current(List.of(may), CLOCK.instant())).isEmpty();
        assertThat(PromotionSchedule.current(List.of(), CLOCK.instant())).isEmpty();
    }

    @Test
    void the_default_competes_by_its_own_start_like_any_other() {
        Promotion fallback = promotion("2025-02-01T08:00:00Z", true);
        Promotion started = promotion("2025-01-01T08:00:00Z", false);

        assertThat(PromotionSchedule.current(List.of(fallback, started), CLOCK.instant())).contains(fallback);
        assertThat(PromotionSchedule.current(List.of(started), CLOCK.instant())).contains(started);
    }
}
