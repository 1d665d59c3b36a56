package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.InvalidField;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the context's enums from their wire names, naming the field when it refuses. */
final class Wire {
    private Wire() {}

    static <E extends Enum<E>> E parse(Class<E> type, String field, String raw, Function<E, String> wire) {
        if (raw != null) {
            for (E value : type.getEnumConstants()) if (wire.apply(value).equals(raw)) return value;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(wire).collect(Collectors.joining(", "));
        throw new InvalidField(field, field + " must be one of " + allowed);
    }
}
