package com.brewski.domain.heroes;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/**
 * Where a slide's button leads: an absolute {@code http://} or {@code https://} URL with a host, or
 * a path on the storefront starting with {@code /}. Everything else is refused, in particular
 * script URLs ({@code javascript:}, {@code data:}) and protocol-relative links ({@code //host},
 * which browsers also read from {@code /\host}), as is any whitespace or control character.
 */
public record ButtonLink(String value) {
    public static final int MAX_LENGTH = 2048;
    private static final String FIELD = "buttonLink";

    public ButtonLink {
        if (value == null || value.isBlank()) throw new InvalidField(FIELD, FIELD + " is required");
        value = value.strip();
        if (value.length() > MAX_LENGTH)
            throw new InvalidField(FIELD, FIELD + " must be at most " + MAX_LENGTH + " characters");
        if (!acceptable(value))
            throw new InvalidField(FIELD, FIELD + " must be an http(s):// URL or a path starting with /");
    }

    private static boolean acceptable(String link) {
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\\') return false;
        }
        if (link.startsWith("/")) return !link.startsWith("//");
        String lower = link.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("https://")) rest = link.substring("https://".length());
        else if (lower.startsWith("http://")) rest = link.substring("http://".length());
        else return false;
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) end++;
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        return !host.isEmpty() && !host.startsWith(":");
    }

    @Override
    public String toString() {
        return value;
    }
}
