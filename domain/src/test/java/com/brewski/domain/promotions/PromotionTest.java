package com.brewski.domain.promotions;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import com.brewski.domain.shared.PayloadTooLarge;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromotionTest {
    private static final Instant NOW = Instant.parse("2025-02-28T15:22:17.123Z");
    private static final TeamId TEAM = new TeamId(UUID.randomUUID());
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());

    private static PromotionDetails details(boolean needsBackground, TextBackground background) {
        return new PromotionDetails(TEAM, Instant.parse("2025-04-01T08:00:00Z"), "  Featured brewery ", "", "Lantern",
                null, needsBackground, background, TextColor.WHITE);
    }

    private static Promotion promotion(boolean isDefault) {
        return Promotion.create(new PromotionId(UUID.randomUUID()), details(true, TextBackground.DARK), "promotions/a.png",
                AUTHOR, isDefault, NOW);
    }

    @Test
    void texts_are_trimmed_and_blank_ones_are_null() {
        PromotionDetails d = details(true, TextBackground.DARK);
        assertThat(d.mainTitle()).isEqualTo("Featured brewery");
        assertThat(d.mainDescription()).isNull();
        assertThat(d.imageDescription()).isNull();
    }

    @Test
    void titles_hold_160_characters_and_descriptions_5000() {
        String title = "t".repeat(160);
        assertThatCode(() -> new PromotionDetails(TEAM, NOW, title, "d".repeat(5000), title, "d".repeat(5000), false, null, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new PromotionDetails(TEAM, NOW, title + "t", null, null, null, false, null, null))
                .isInstanceOf(InvalidField.class).hasMessage("mainTitle must be at most 160 characters");
        assertThatThrownBy(() -> new PromotionDetails(TEAM, NOW, null, null, title + "t", null, false, null, null))
                .isInstanceOf(InvalidField.class).hasMessage("imageTitle must be at most 160 characters");
        assertThatThrownBy(() -> new PromotionDetails(TEAM, NOW, null, null, null, "d".repeat(5001), false, null, null))
                .isInstanceOf(InvalidField.class).hasMessage("imageDescription must be at most 5000 characters");
    }

    @Test
    void the_background_is_only_kept_when_the_text_needs_one() {
        assertThat(details(true, TextBackground.DARKDEEP).textBackground()).isEqualTo(TextBackground.DARKDEEP);
        assertThat(details(false, TextBackground.DARKDEEP).textBackground()).isNull();
    }

    @Test
    void team_and_start_are_required() {
        assertThatThrownBy(() -> new PromotionDetails(null, NOW, null, null, null, null, false, null, null))
                .isInstanceOf(InvalidField.class).hasMessage("teamId is required");
        assertThatThrownBy(() -> new PromotionDetails(TEAM, null, null, null, null, null, false, null, null))
                .isInstanceOf(InvalidField.class).hasMessage("startsAt is required");
    }

    @Test
    void starts_at_takes_iso_with_a_zone_or_a_local_minute_read_as_utc() {
        assertThat(PromotionDetails.parseStartsAt("startsAt", "2025-04-01T08:00:00.000Z")).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        assertThat(PromotionDetails.parseStartsAt("startsAt", "2025-04-01T10:00+02:00")).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        assertThat(PromotionDetails.parseStartsAt("startsAt", "2025-04-01T08:00")).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        for (String bad : List.of("2025-04-01", "tomorrow", "2025-13-01T08:00", "", "+12025-04-01T08:00:00Z")) {
            assertThatThrownBy(() -> PromotionDetails.parseStartsAt("startsAt", bad)).as(bad)
                    .isInstanceOf(InvalidField.class).hasMessageStartingWith("startsAt must be")
                    .extracting(e -> ((InvalidField) e).field()).isEqualTo("startsAt");
        }
    }

    @Test
    void a_change_applies_only_the_supplied_fields_and_an_empty_text_clears() {
        Promotion promotion = promotion(false);
        PromotionChange change = new PromotionChange(Patch.absent(), Patch.absent(), Patch.set(null), Patch.set("New words"),
                Patch.absent(), Patch.absent(), Patch.set(false), Patch.absent(), Patch.absent());

        promotion.change(change, NOW.plusSeconds(5));

        assertThat(promotion.details().mainTitle()).isNull();
        assertThat(promotion.details().mainDescription()).isEqualTo("New words");
        assertThat(promotion.details().imageTitle()).isEqualTo("Lantern");
        assertThat(promotion.details().textBackground()).as("no background without textNeedsBackground").isNull();
        assertThat(promotion.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(change.isEmpty()).isFalse();
        assertThat(PromotionChange.none().isEmpty()).isTrue();
    }

    @Test
    void image_keys_carry_the_id_and_epoch_seconds_and_a_replacement_never_reuses_the_current_key() {
        PromotionId id = new PromotionId(UUID.fromString("c97c0000-0000-0000-0000-000000000001"));
        String first = Promotion.imageKeyFor(id, ImageType.PNG, NOW);
        assertThat(first).isEqualTo("promotions/c97c0000-0000-0000-0000-000000000001-" + NOW.getEpochSecond() + ".png");
        Promotion promotion = Promotion.create(id, details(false, null), first, AUTHOR, false, NOW);

        assertThat(promotion.nextImageKey(ImageType.PNG, NOW))
                .isEqualTo("promotions/" + id + "-" + (NOW.getEpochSecond() + 1) + ".png");
        assertThat(promotion.nextImageKey(ImageType.WEBP, NOW.plusSeconds(60)))
                .isEqualTo("promotions/" + id + "-" + (NOW.getEpochSecond() + 60) + ".webp");
    }

    @Test
    void uploads_over_five_megabytes_are_refused() {
        assertThatCode(() -> Promotion.checkUpload(5L * 1024 * 1024)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Promotion.checkUpload(5L * 1024 * 1024 + 1))
                .isInstanceOf(PayloadTooLarge.class).hasMessage("image must be at most 5 MB");
    }

    @Test
    void the_first_promotion_created_without_a_default_becomes_it() {
        assertThat(promotion(true).isDefault()).isTrue();
        assertThat(promotion(false).isDefault()).isFalse();
    }

    @Test
    void making_a_promotion_the_default_demotes_the_previous_one() {
        Promotion previous = promotion(true);
        Promotion target = promotion(false);

        DefaultPromotion change = DefaultPromotion.make(target, List.of(previous), NOW.plusSeconds(1));

        assertThat(target.isDefault()).isTrue();
        assertThat(previous.isDefault()).isFalse();
        assertThat(change.demotedIds()).containsExactly(previous.id());
        assertThat(DefaultPromotion.make(target, List.of(target), NOW).demotedIds()).as("already the default").isEmpty();
    }

    @Test
    void the_default_promotion_cannot_be_deleted() {
        assertThatThrownBy(() -> promotion(true).requireDeletable())
                .isInstanceOf(InvalidField.class).hasMessageStartingWith("The default promotion cannot be deleted");
        assertThatCode(() -> promotion(false).requireDeletable()).doesNotThrowAnyException();
    }
}
