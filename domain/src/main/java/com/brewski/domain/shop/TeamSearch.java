package com.brewski.domain.shop;

import com.brewski.domain.shared.InvalidField;

import java.util.Comparator;
import java.util.Locale;

/**
 * A search for teams by name or public slug: {@code q} at least 2 characters after trimming,
 * {@code limit} 1–25 (10 by default). Matches are case-insensitive substrings of the name or slug;
 * exact matches come first, then prefix matches, then the rest, each by name.
 */
public record TeamSearch(String q, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 25;
    public static final int MAX_QUERY = 100;

    public TeamSearch {
        q = q == null ? "" : q.strip();
        if (q.length() < 2) throw new InvalidField("q", "q must be at least 2 characters");
        if (q.length() > MAX_QUERY) throw new InvalidField("q", "q must be at most " + MAX_QUERY + " characters");
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidField("limit", "limit must be between 1 and " + MAX_LIMIT);
    }

    /** Parses the query parameters; {@code limit} absent means 10, anything but a whole number 1–25 is refused. */
    public static TeamSearch parse(String q, String limit) {
        if (limit == null) return new TeamSearch(q, DEFAULT_LIMIT);
        if (!limit.strip().matches("[0-9]{1,3}")) throw new InvalidField("limit", "limit must be between 1 and " + MAX_LIMIT);
        return new TeamSearch(q, Integer.parseInt(limit.strip()));
    }

    public String lowered() {
        return q.toLowerCase(Locale.ROOT);
    }

    /** Whether a team with this name and slug matches. */
    public boolean matches(String name, String slug) {
        String term = lowered();
        return name.toLowerCase(Locale.ROOT).contains(term) || slug.contains(term);
    }

    /** 0 for an exact match of name or slug, 1 for a prefix match, 2 otherwise. */
    public int rank(String name, String slug) {
        String term = lowered();
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals(term) || slug.equals(term)) return 0;
        if (n.startsWith(term) || slug.startsWith(term)) return 1;
        return 2;
    }

    /** The order of results: by rank, then by name (case-insensitively), then by slug. */
    public <T> Comparator<T> order(java.util.function.Function<T, String> name, java.util.function.Function<T, String> slug) {
        return Comparator.<T>comparingInt(t -> rank(name.apply(t), slug.apply(t)))
                .thenComparing(t -> name.apply(t).toLowerCase(Locale.ROOT))
                .thenComparing(slug);
    }
}
