package com.brewski.domain.shop;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpsellTest {
    private static final Instant T0 = Instant.parse("2025-07-25T10:30:00Z");
    private final Upsell upsell = Upsell.create(UUID.randomUUID(), details("S-Type Keg Coupler"), T0);

    private static UpsellDetails details(String name) {
        return new UpsellDetails(UpsellDetails.slugOfName(name), name, null, 12_900L, "£", CouplerType.S, true, 10);
    }

    private UUID defaultId() {
        return upsell.defaultImage().orElseThrow().id();
    }

    private long defaults() {
        return upsell.images().stream().filter(UpsellImage::isDefault).count();
    }

    @Test
    void the_first_image_becomes_the_default_and_later_ones_do_not_unless_asked() {
        UUID first = upsell.addImage(UUID.randomUUID(), false, T0).id();
        UUID second = upsell.addImage(UUID.randomUUID(), false, T0).id();
        assertThat(defaultId()).isEqualTo(first);

        UUID third = upsell.addImage(UUID.randomUUID(), true, T0).id();
        assertThat(defaultId()).isEqualTo(third);
        assertThat(defaults()).isEqualTo(1);
        assertThat(upsell.images()).extracting(UpsellImage::id).containsExactly(first, second, third);
    }

    @Test
    void the_default_moves_and_stays_single() {
        UUID first = upsell.addImage(UUID.randomUUID(), false, T0).id();
        UUID second = upsell.addImage(UUID.randomUUID(), false, T0).id();
        upsell.makeDefault(second, T0);
        assertThat(defaultId()).isEqualTo(second);
        assertThat(defaults()).isEqualTo(1);
        upsell.makeDefault(first, T0);
        assertThat(defaultId()).isEqualTo(first);
        assertThat(defaults()).isEqualTo(1);
    }

    @Test
    void deleting_the_default_makes_the_first_remaining_image_the_default() {
        UUID first = upsell.addImage(UUID.randomUUID(), false, T0).id();
        UUID second = upsell.addImage(UUID.randomUUID(), false, T0).id();
        UUID third = upsell.addImage(UUID.randomUUID(), true, T0).id();

        upsell.removeImage(third, T0);
        assertThat(defaultId()).isEqualTo(first);

        upsell.removeImage(second, T0); // not the default: the default stays
        assertThat(defaultId()).isEqualTo(first);

        upsell.removeImage(first, T0);
        assertThat(upsell.images()).isEmpty();
        assertThat(upsell.defaultImage()).isEmpty();
    }

    @Test
    void an_image_of_another_upsell_is_not_found() {
        upsell.addImage(UUID.randomUUID(), false, T0);
        assertThatThrownBy(() -> upsell.makeDefault(UUID.randomUUID(), T0)).isInstanceOf(NotFound.class)
                .hasMessage("Upsell image not found");
        assertThatThrownBy(() -> upsell.removeImage(UUID.randomUUID(), T0)).isInstanceOf(NotFound.class);
    }

    @Test
    void images_are_stored_under_the_upsells_prefix() {
        UpsellImage image = upsell.addImage(UUID.fromString("00000000-0000-0000-0000-0000000000aa"), false, T0);
        assertThat(image.mainKey()).isEqualTo("upsells/" + upsell.id() + "/00000000-0000-0000-0000-0000000000aa-main.webp");
        assertThat(image.iconKey()).isEqualTo("upsells/" + upsell.id() + "/00000000-0000-0000-0000-0000000000aa-icon.webp");
    }

    @Test
    void details_are_checked_field_by_field() {
        assertField(() -> new UpsellDetails("x", " ", null, null, null, null, true, 0), "name");
        assertField(() -> new UpsellDetails("x", "n".repeat(161), null, null, null, null, true, 0), "name");
        assertField(() -> new UpsellDetails("Bad Slug", "n", null, null, null, null, true, 0), "slug");
        assertField(() -> new UpsellDetails("x", "n", "d".repeat(5001), null, null, null, true, 0), "description");
        assertField(() -> new UpsellDetails("x", "n", null, -1L, null, null, true, 0), "priceMinor");
        assertField(() -> new UpsellDetails("x", "n", null, null, "123456789", null, true, 0), "currencySymbol");
        assertField(() -> UpsellDetails.slugFrom("s_type"), "slug");
        assertField(() -> CouplerType.parse("couplerType", "z"), "couplerType");
        assertThat(UpsellDetails.slugFrom("S-Type")).isEqualTo("s-type");
        assertThat(UpsellDetails.slugOfName("S-Type Keg Coupler")).isEqualTo("s-type-keg-coupler");
        assertThat(details("x").price()).isEqualTo("£129.00");
    }

    private static void assertField(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
