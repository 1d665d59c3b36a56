package com.brewski.domain.heroes;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeroContentTest {
    private static HeroContent content(boolean showButton, String text, ButtonLink link, int seconds) {
        return new HeroContent("Marketplace highlight", "Discover independent breweries", "Fresh releases.",
                showButton, text, link, seconds, null);
    }

    private static HeroChange none() {
        return new HeroChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent());
    }

    @Test
    void the_theme_defaults_to_dark() {
        assertThat(content(false, null, null, 8).theme()).isEqualTo(HeroTheme.DARK);
    }

    @Test
    void button_text_and_link_are_required_when_the_button_shows() {
        assertThatThrownBy(() -> content(true, null, new ButtonLink("/shop"), 8))
                .isInstanceOf(InvalidField.class).hasMessage("buttonText is required");
        assertThatThrownBy(() -> content(true, "Browse", null, 8))
                .isInstanceOf(InvalidField.class).hasMessage("buttonLink is required when showButton is true");
        assertThatCode(() -> content(false, null, null, 8)).doesNotThrowAnyException();
        assertThatThrownBy(() -> content(true, "b".repeat(161), new ButtonLink("/shop"), 8))
                .isInstanceOf(InvalidField.class).hasMessage("buttonText must be at most 160 characters");
    }

    @Test
    void display_seconds_run_from_3_to_120() {
        assertThatCode(() -> content(false, null, null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> content(false, null, null, 120)).doesNotThrowAnyException();
        for (int bad : new int[]{2, 121, 0, -1})
            assertThatThrownBy(() -> content(false, null, null, bad)).isInstanceOf(InvalidField.class)
                    .hasMessage("displaySeconds must be an integer from 3 to 120");
    }

    @Test
    void category_title_and_message_are_required_and_bounded() {
        assertThatThrownBy(() -> new HeroContent(" ", "t", "m", false, null, null, 8, HeroTheme.DARK))
                .isInstanceOf(InvalidField.class).hasMessage("category is required");
        assertThatThrownBy(() -> new HeroContent("c", "t".repeat(201), "m", false, null, null, 8, HeroTheme.DARK))
                .isInstanceOf(InvalidField.class).hasMessage("title must be at most 200 characters");
        assertThatThrownBy(() -> new HeroContent("c".repeat(161), "t", "m", false, null, null, 8, HeroTheme.DARK))
                .isInstanceOf(InvalidField.class).hasMessage("category must be at most 160 characters");
        assertThatThrownBy(() -> new HeroContent("c", "t", "m".repeat(5001), false, null, null, 8, HeroTheme.DARK))
                .isInstanceOf(InvalidField.class).hasMessage("message must be at most 5000 characters");
    }

    @Test
    void a_change_is_checked_as_a_whole_after_it_is_applied() {
        HeroContent plain = content(false, null, null, 8);
        HeroChange showOnly = new HeroChange(Patch.absent(), Patch.absent(), Patch.absent(), Patch.set(true), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent());
        assertThatThrownBy(() -> plain.with(showOnly)).isInstanceOf(InvalidField.class).hasMessage("buttonText is required");

        HeroChange full = new HeroChange(Patch.absent(), Patch.set("New title"), Patch.absent(), Patch.set(true),
                Patch.set("Browse beers"), Patch.set(new ButtonLink("/shop")), Patch.set(30), Patch.set(HeroTheme.LIGHT));
        HeroContent changed = plain.with(full);
        assertThat(changed.title()).isEqualTo("New title");
        assertThat(changed.category()).isEqualTo("Marketplace highlight");
        assertThat(changed.buttonLink().value()).isEqualTo("/shop");
        assertThat(changed.displaySeconds()).isEqualTo(30);
        assertThat(changed.theme()).isEqualTo(HeroTheme.LIGHT);
        assertThat(none().isEmpty()).isTrue();
        assertThat(full.isEmpty()).isFalse();
    }
}
