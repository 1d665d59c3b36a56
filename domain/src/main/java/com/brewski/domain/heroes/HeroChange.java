package com.brewski.domain.heroes;

import com.brewski.domain.shared.Patch;

import java.util.stream.Stream;

/** A partial update of a slide's content: each field absent (kept) or set. */
public record HeroChange(Patch<String> category, Patch<String> title, Patch<String> message, Patch<Boolean> showButton,
                         Patch<String> buttonText, Patch<ButtonLink> buttonLink, Patch<Integer> displaySeconds,
                         Patch<HeroTheme> theme) {

    public boolean isEmpty() {
        return Stream.of(category, title, message, showButton, buttonText, buttonLink, displaySeconds, theme)
                .noneMatch(Patch::isPresent);
    }
}
