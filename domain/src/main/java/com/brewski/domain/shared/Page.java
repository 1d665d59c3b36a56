package com.brewski.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the totals the wire format reports. */
public record Page<T>(List<T> results, int page, int pageSize, long total) {
    public Page {
        results = List.copyOf(results);
    }

    public int pages() {
        return total == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(results.stream().map(mapper).toList(), page, pageSize, total);
    }
}
