package com.brewski.application.shared;

import com.brewski.domain.shared.InvalidField;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A list's sort key and direction, checked against the keys the route allows. */
public record Sort(String key, Direction direction) {
    public enum Direction {
        ASC, DESC;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Direction parse(String raw, Direction fallback) {
            if (raw == null) return fallback;
            return switch (raw) {
                case "asc" -> ASC;
                case "desc" -> DESC;
                default -> throw new InvalidField("direction", "direction must be asc or desc");
            };
        }
    }

    public Sort {
        Objects.requireNonNull(key);
        Objects.requireNonNull(direction);
    }

    /** Parses the {@code sort} and {@code direction} parameters. */
    public static Sort parse(String rawKey, String rawDirection, List<String> allowed, String defaultKey, Direction defaultDirection) {
        String key = rawKey == null ? defaultKey : rawKey;
        if (!allowed.contains(key)) throw new InvalidField("sort", "sort must be one of " + String.join(", ", allowed));
        return new Sort(key, Direction.parse(rawDirection, defaultDirection));
    }
}
