package com.brewski.domain.heroes;

import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ButtonLinkTest {

    @Test
    void http_and_https_urls_and_storefront_paths_are_links() {
        for (String ok : List.of("/shop", "/", "/shop?tab=new#top", "https://brewski.example/beers", "http://brewski.example",
                "HTTPS://Brewski.example/x", "https://brewski.example:8443/a"))
            assertThat(new ButtonLink(ok).value()).as(ok).isEqualTo(ok);
        assertThat(new ButtonLink("  /shop  ").value()).isEqualTo("/shop");
    }

    @Test
    void script_protocol_relative_and_other_links_are_refused_naming_the_field() {
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "//evil.example", "/\\evil.example",
                "data:text/html,hi", "shop", "ftp://brewski.example", "https://", "http:///path", "https://:80/x",
                "/shop page", "/shop\nx", "/sh\u0000op", "mailto:sales@brewski.example")) {
            assertThatThrownBy(() -> new ButtonLink(bad)).as(bad).isInstanceOf(InvalidField.class)
                    .hasMessage("buttonLink must be an http(s):// URL or a path starting with /")
                    .extracting(e -> ((InvalidField) e).field()).isEqualTo("buttonLink");
        }
    }

    @Test
    void a_link_holds_at_most_2048_characters() {
        String longest = "/" + "a".repeat(2047);
        assertThat(new ButtonLink(longest).value()).hasSize(2048);
        assertThatThrownBy(() -> new ButtonLink(longest + "a"))
                .isInstanceOf(InvalidField.class).hasMessage("buttonLink must be at most 2048 characters");
        assertThatThrownBy(() -> new ButtonLink(" ")).isInstanceOf(InvalidField.class).hasMessage("buttonLink is required");
    }
}
