package com.brewski.domain.shared;

import java.util.function.Function;

/**
 * One field of a partial update: absent (leave as is) or set (to a value, or to null to clear).
 * Keeps "omitted" and "null" apart, which several contracts give different meanings.
 */
public sealed interface Patch<T> {

    record Absent<T>() implements Patch<T> {}

    record Set<T>(T value) implements Patch<T> {}

    @SuppressWarnings("unchecked")
    static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    static <T> Patch<T> set(T value) {
        return new Set<>(value);
    }

    Absent<?> ABSENT = new Absent<>();

    default boolean isPresent() {
        return this instanceof Set<T>;
    }

    /** The new value when set, else {@code current}. */
    default T orElse(T current) {
        return switch (this) {
            case Absent<T> a -> current;
            case Set<T> s -> s.value();
        };
    }

    default <R> Patch<R> map(Function<T, R> mapper) {
        return switch (this) {
            case Absent<T> a -> absent();
            case Set<T> s -> set(s.value() == null ? null : mapper.apply(s.value()));
        };
    }
}
