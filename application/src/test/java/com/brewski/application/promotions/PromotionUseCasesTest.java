package com.brewski.application.promotions;

import com.brewski.application.promotions.Promotions.PromotionView;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.promotions.PromotionChange;
import com.brewski.domain.promotions.PromotionId;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import com.brewski.application.testing.FakeImages;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CreatePromotion, UpdatePromotion, MakePromotionDefault, DeletePromotion, ListPromotions and ShowCurrentPromotion. */
class PromotionUseCasesTest {
    private final PromotionFixture f = new PromotionFixture();

    private PromotionView create(TeamId team, String startsAt) {
        return f.create.create(f.staff, PromotionFixture.details(team, startsAt), PromotionFixture.png());
    }

    @Test
    void the_first_promotion_becomes_the_default_and_its_image_is_stored_as_uploaded() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");

        PromotionView first = create(lantern, "2025-04-01T08:00:00Z");
        PromotionView second = create(lantern, "2025-05-01T08:00:00Z");

        assertThat(first.promotion().isDefault()).isTrue();
        assertThat(second.promotion().isDefault()).isFalse();
        String key = first.promotion().imageKey();
        assertThat(key).isEqualTo("promotions/" + first.promotion().id() + "-" + f.clock.instant().getEpochSecond() + ".png");
        assertThat(f.objects.get(key).orElseThrow().content()).isEqualTo(PromotionFixture.png());
        assertThat(f.objects.get(key).orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(first.team().name()).isEqualTo("Lantern Brewery");
        assertThat(first.createdBy().name()).isEqualTo("Sophie Brewer");
    }

    @Test
    void an_unknown_or_platform_team_is_not_found_and_nothing_is_stored() {
        assertThatThrownBy(() -> create(new TeamId(UUID.randomUUID()), "2025-04-01T08:00:00Z"))
                .isInstanceOf(NotFound.class).hasMessage("Team not found");
        assertThatThrownBy(() -> create(f.teams.platformTeamId(), "2025-04-01T08:00:00Z")).isInstanceOf(NotFound.class);
        assertThat(f.objects.all()).isEmpty();
    }

    @Test
    void images_are_checked_before_anything_is_stored() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");
        assertThatThrownBy(() -> f.create.create(f.staff, PromotionFixture.details(lantern, "2025-04-01T08:00:00Z"),
                "GIF89a".getBytes(StandardCharsets.ISO_8859_1))).isInstanceOf(UnsupportedMedia.class);
        assertThatThrownBy(() -> f.create.create(f.staff, PromotionFixture.details(lantern, "2025-04-01T08:00:00Z"),
                FakeImages.upload("png", 10_000, 5_001))).isInstanceOf(PayloadTooLarge.class);
        assertThatThrownBy(() -> f.create.create(f.staff, PromotionFixture.details(lantern, "2025-04-01T08:00:00Z"),
                new byte[5 * 1024 * 1024 + 1])).isInstanceOf(PayloadTooLarge.class).hasMessage("image must be at most 5 MB");
        assertThat(f.objects.all()).isEmpty();
        assertThat(f.promotions.list()).isEmpty();
    }

    @Test
    void only_platform_staff_manage_promotions() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");
        assertThatThrownBy(() -> f.create.create(f.brewer, PromotionFixture.details(lantern, "2025-04-01T08:00:00Z"), PromotionFixture.png()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.list.list(f.brewer)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.current.current(f.brewer)).isInstanceOf(Forbidden.class);
    }

    @Test
    void the_list_runs_latest_start_first_and_offers_the_oldest_brewery_only_while_empty() {
        TeamId older = f.team("Old Brewery", "2025-01-02T00:00:00Z");
        f.team("Young Brewery", "2025-03-02T00:00:00Z");

        ListPromotions.Listing empty = f.list.list(f.staff);
        assertThat(empty.promotions()).isEmpty();
        assertThat(empty.fallbackTeam()).map(t -> t.name()).contains("Old Brewery");

        create(older, "2025-04-01T08:00:00Z");
        create(older, "2025-06-01T08:00:00Z");
        ListPromotions.Listing listing = f.list.list(f.staff);
        assertThat(listing.fallbackTeam()).isEmpty();
        assertThat(listing.promotions()).extracting(v -> v.promotion().startsAt().toString())
                .containsExactly("2025-06-01T08:00:00Z", "2025-04-01T08:00:00Z");
    }

    @Test
    void the_current_promotion_follows_the_clock() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");
        PromotionView fallback = create(lantern, "2025-09-01T08:00:00Z");
        assertThat(f.current.forStorefront()).map(v -> v.promotion().id()).contains(fallback.promotion().id());
        PromotionView may = create(lantern, "2025-05-01T08:00:00Z");
        assertThat(f.current.current(f.staff)).map(v -> v.promotion().id()).contains(fallback.promotion().id());

        f.clock.advance(Duration.ofDays(30)); // 2025-05-10
        assertThat(f.current.forStorefront()).map(v -> v.promotion().id()).contains(may.promotion().id());
    }

    @Test
    void nothing_is_current_without_promotions() {
        assertThat(f.current.forStorefront()).isEmpty();
    }

    @Test
    void making_another_promotion_the_default_demotes_the_old_one() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");
        PromotionView first = create(lantern, "2025-04-01T08:00:00Z");
        PromotionView second = create(lantern, "2025-05-01T08:00:00Z");

        MakePromotionDefault.Result result = f.makeDefault.makeDefault(f.staff, second.promotion().id());

        assertThat(result.promotion().promotion().isDefault()).isTrue();
        assertThat(result.demotedPromotionIds()).containsExactly(first.promotion().id());
        assertThat(f.promotions.defaults()).extracting(p -> p.id()).containsExactly(second.promotion().id());
        assertThat(f.makeDefault.makeDefault(f.staff, second.promotion().id()).demotedPromotionIds()).isEmpty();
        assertThatThrownBy(() -> f.makeDefault.makeDefault(f.staff, new PromotionId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class).hasMessage("Promotion not found");
    }

    @Test
    void the_default_cannot_be_deleted_and_a_deleted_promotion_takes_its_image_along() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");
        PromotionView first = create(lantern, "2025-04-01T08:00:00Z");
        PromotionView second = create(lantern, "2025-05-01T08:00:00Z");

        assertThatThrownBy(() -> f.delete.delete(f.staff, first.promotion().id())).isInstanceOf(InvalidField.class);
        f.delete.delete(f.staff, second.promotion().id());

        assertThat(f.objects.contains(second.promotion().imageKey())).isFalse();
        assertThat(f.objects.contains(first.promotion().imageKey())).isTrue();
        assertThatThrownBy(() -> f.delete.delete(f.staff, second.promotion().id())).isInstanceOf(NotFound.class);
    }

    @Test
    void an_update_needs_a_field_and_a_new_image_replaces_the_old_object_after_the_commit() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");
        PromotionView created = create(lantern, "2025-04-01T08:00:00Z");
        PromotionId id = created.promotion().id();
        String oldKey = created.promotion().imageKey();
        assertThatThrownBy(() -> f.update.update(f.staff, id, PromotionChange.none(), Optional.empty()))
                .isInstanceOf(InvalidField.class).hasMessage("no fields supplied");

        PromotionView updated = f.update.update(f.staff, id, PromotionChange.none(), Optional.of(FakeImages.upload("webp", 800, 600)));

        String newKey = updated.promotion().imageKey();
        assertThat(newKey).endsWith(".webp").isNotEqualTo(oldKey);
        assertThat(f.objects.contains(oldKey)).isFalse();
        assertThat(f.objects.contains(newKey)).isTrue();
    }

    @Test
    void an_update_to_an_unknown_team_is_not_found_and_changes_nothing() {
        TeamId lantern = f.team("Lantern Brewery", "2025-01-02T00:00:00Z");
        PromotionId id = create(lantern, "2025-04-01T08:00:00Z").promotion().id();
        PromotionChange toNowhere = new PromotionChange(Patch.set(new TeamId(UUID.randomUUID())), Patch.absent(),
                Patch.set(null), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());

        assertThatThrownBy(() -> f.update.update(f.staff, id, toNowhere, Optional.empty()))
                .isInstanceOf(NotFound.class).hasMessage("Team not found");
        assertThatThrownBy(() -> f.update.update(f.staff, new PromotionId(UUID.randomUUID()), toNowhere, Optional.empty()))
                .isInstanceOf(NotFound.class).hasMessage("Promotion not found");

        PromotionChange clearTitle = new PromotionChange(Patch.absent(), Patch.absent(), Patch.set(null), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
        assertThat(f.update.update(f.staff, id, clearTitle, Optional.empty()).promotion().details().mainTitle()).isNull();
    }
}
