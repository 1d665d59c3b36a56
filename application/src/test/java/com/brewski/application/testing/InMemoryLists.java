package com.brewski.application.testing;

import com.brewski.application.shared.Sort;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Sorting and paging of in-memory lists the way the SQL adapters do it. */
final class InMemoryLists {
    /** UUIDs in PostgreSQL's order (byte by byte, unsigned), not Java's signed one. */
    static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private InMemoryLists() {}

    /** The named key in the asked direction, then the id the same way; an unknown key is bad input. */
    static <T> Comparator<T> orderBy(Sort sort, Map<String, Function<T, ? extends Comparable<?>>> keys, Function<T, UUID> id) {
        Function<T, ? extends Comparable<?>> key = keys.get(sort.key());
        if (key == null)
            throw new InvalidField("sort", "sort must be one of " + String.join(", ", keys.keySet().stream().sorted().toList()));
        Comparator<T> order = Comparator.<T, Comparable<Object>>comparing(t -> comparable(key.apply(t)))
                .thenComparing(id, UUID_ORDER);
        return sort.direction() == Sort.Direction.ASC ? order : order.reversed();
    }

    /** Compares by a nullable key with nulls last in either direction, then by id in the same direction. */
    static <T, K extends Comparable<? super K>> Comparator<T> nullsLast(Function<T, K> key, boolean ascending, Function<T, UUID> id) {
        Comparator<K> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<UUID> ids = ascending ? UUID_ORDER : UUID_ORDER.reversed();
        return Comparator.comparing(key, Comparator.nullsLast(values)).thenComparing(id, ids);
    }

    static <T> Page<T> page(List<T> sorted, PageRequest page) {
        List<T> slice = sorted.stream().skip(page.offset()).limit(page.pageSize()).toList();
        return new Page<>(slice, page.page(), page.pageSize(), sorted.size());
    }

    static boolean containsIgnoreCase(String text, String term) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(term.toLowerCase(java.util.Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Comparable<?> value) {
        return (Comparable<Object>) value;
    }
}
