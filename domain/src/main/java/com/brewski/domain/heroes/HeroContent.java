package com.brewski.domain.heroes;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

/**
 * What a slide says and how long it stays: a category (≤ {@value #MAX_CATEGORY}), a title
 * (≤ {@value #MAX_TITLE}) and a message (≤ {@value #MAX_MESSAGE}), all required; an optional button
 * whose text (≤ {@value #MAX_BUTTON_TEXT}) and link are required when it is shown; a display time of
 * {@value #MIN_SECONDS}–{@value #MAX_SECONDS} seconds and a theme.
 */
public record HeroContent(String category, String title, String message, boolean showButton, String buttonText,
                          ButtonLink buttonLink, int displaySeconds, HeroTheme theme) {
    public static final int MAX_CATEGORY = 160;
    public static final int MAX_TITLE = 200;
    public static final int MAX_MESSAGE = 5000;
    public static final int MAX_BUTTON_TEXT = 160;
    public static final int MIN_SECONDS = 3;
    public static final int MAX_SECONDS = 120;
    /** The platform default when a slide does not say. */
    public static final int DEFAULT_SECONDS = 8;

    public HeroContent {
        category = Text.required("category", category, MAX_CATEGORY);
        title = Text.required("title", title, MAX_TITLE);
        message = Text.required("message", message, MAX_MESSAGE);
        buttonText = showButton ? Text.required("buttonText", buttonText, MAX_BUTTON_TEXT)
                : Text.optional("buttonText", buttonText, MAX_BUTTON_TEXT);
        if (showButton && buttonLink == null) throw new InvalidField("buttonLink", "buttonLink is required when showButton is true");
        if (displaySeconds < MIN_SECONDS || displaySeconds > MAX_SECONDS)
            throw new InvalidField("displaySeconds", "displaySeconds must be an integer from " + MIN_SECONDS + " to " + MAX_SECONDS);
        if (theme == null) theme = HeroTheme.DARK;
    }

    /** The same content with the supplied fields of {@code change} applied (and checked again). */
    public HeroContent with(HeroChange change) {
        Integer seconds = change.displaySeconds().orElse(displaySeconds);
        return new HeroContent(
                change.category().orElse(category),
                change.title().orElse(title),
                change.message().orElse(message),
                Boolean.TRUE.equals(change.showButton().orElse(showButton)),
                change.buttonText().orElse(buttonText),
                change.buttonLink().orElse(buttonLink),
                seconds == null ? DEFAULT_SECONDS : seconds,
                change.theme().orElse(theme));
    }
}
