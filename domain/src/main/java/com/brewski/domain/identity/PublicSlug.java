package com.brewski.domain.identity;

import com.brewski.domain.shared.InvalidField;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A team's public address in the shop ({@code lantern-brewery}): lower-case letters, digits and
 * single hyphens between them, at most {@value #MAX_LENGTH} characters; unique across teams.
 */
public record PublicSlug(String value) {
    public static final int MAX_LENGTH = 80;
    /** Room left for a numeric suffix ({@code -12}) when a slug is made from a name. */
    private static final int MADE_LENGTH = 60;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public PublicSlug {
        if (value == null || value.isEmpty()) throw new InvalidField("publicSlug", "publicSlug is required");
        if (value.length() > MAX_LENGTH) throw new InvalidField("publicSlug", "publicSlug must be at most " + MAX_LENGTH + " characters");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidField("publicSlug", "publicSlug must be lower-case letters, digits and single hyphens");
        }
    }

    /** {@code "Lantern Brewery & Tap"} → {@code lantern-brewery-tap}; accents dropped; {@code team} when nothing is left. */
    public static PublicSlug fromName(String name) {
        return new PublicSlug(slugify(name, MADE_LENGTH, "team"));
    }

    /**
     * Lower-cases, drops accents, turns every run of other characters into one hyphen and trims
     * hyphens at the ends, cut to {@code maxLength}; {@code fallback} when nothing is left.
     */
    public static String slugify(String text, int maxLength, String fallback) {
        String plain = MARKS.matcher(Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > maxLength) slug = trimHyphens(slug.substring(0, maxLength));
        return slug.isEmpty() ? fallback : slug;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') start++;
        while (end > start && slug.charAt(end - 1) == '-') end--;
        return slug.substring(start, end);
    }

    /** {@code base-n}. */
    public PublicSlug withSuffix(int n) {
        if (n < 2) throw new IllegalArgumentException("suffixes start at 2");
        return new PublicSlug(value + "-" + n);
    }

    /** This slug when no team holds it, else the first of {@code -2}, {@code -3}, … that none holds. */
    public PublicSlug firstFree(Collection<PublicSlug> taken) {
        Set<String> held = taken.stream().map(PublicSlug::value).collect(Collectors.toSet());
        if (!held.contains(value)) return this;
        for (int n = 2; ; n++) {
            PublicSlug candidate = withSuffix(n);
            if (!held.contains(candidate.value())) return candidate;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
