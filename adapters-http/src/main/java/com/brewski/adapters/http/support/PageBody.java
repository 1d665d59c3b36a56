package com.brewski.adapters.http.support;

import com.brewski.domain.shared.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list on the wire: {@code {page, pageSize, total, pages, sort, direction, results}}. */
public record PageBody<T>(int page, int pageSize, long total, int pages, String sort, String direction, List<T> results) {

    public static <S, T> PageBody<T> of(Page<S> page, String sort, String direction, Function<S, T> mapper) {
        return new PageBody<>(page.page(), page.pageSize(), page.total(), page.pages(), sort, direction,
                page.results().stream().map(mapper).toList());
    }
}
