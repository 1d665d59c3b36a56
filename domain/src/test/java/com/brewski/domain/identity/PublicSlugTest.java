package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicSlugTest {
    @Test
    void a_slug_is_made_from_the_name_lower_case_with_single_hyphens() {
        assertThat(PublicSlug.fromName("Lantern Brewery").value()).isEqualTo("lantern-brewery");
        assertThat(PublicSlug.fromName("  Hop & Barley -- Co. ").value()).isEqualTo("hop-barley-co");
        assertThat(PublicSlug.fromName("Brasserie Éphémère").value()).isEqualTo("brasserie-ephemere");
        assertThat(PublicSlug.fromName("!!!").value()).isEqualTo("team");
        assertThat(PublicSlug.fromName("a".repeat(100)).value()).hasSize(60);
    }

    @Test
    void a_taken_slug_gets_the_first_free_numeric_suffix() {
        PublicSlug base = new PublicSlug("lantern");
        assertThat(base.firstFree(List.of())).isEqualTo(base);
        assertThat(base.firstFree(List.of(new PublicSlug("lantern-2")))).isEqualTo(base);
        assertThat(base.firstFree(List.of(base))).isEqualTo(new PublicSlug("lantern-2"));
        assertThat(base.firstFree(List.of(base, new PublicSlug("lantern-2"), new PublicSlug("lantern-4"))))
                .isEqualTo(new PublicSlug("lantern-3"));
    }

    @Test
    void only_lower_case_letters_digits_and_single_hyphens_are_a_slug() {
        for (String bad : new String[]{"", "Lantern", "lantern_brewery", "-lantern", "lantern-", "a--b", "a b", "a".repeat(81)}) {
            assertThatThrownBy(() -> new PublicSlug(bad)).isInstanceOf(InvalidField.class)
                    .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("publicSlug"));
        }
        assertThat(new PublicSlug("lantern-2").value()).isEqualTo("lantern-2");
    }
}
