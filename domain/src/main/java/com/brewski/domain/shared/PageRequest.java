package com.brewski.domain.shared;

/**
 * Paging input: page 1..{@value #MAX_PAGE}, pageSize 1..{@value #MAX_PAGE_SIZE} (defaults 1 and 25).
 * A page past the bound is a 400 naming {@code page}; the offset is computed in {@code long} and so
 * never wraps (at most 199,999,800).
 */
public record PageRequest(int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_PAGE = 1_000_000;
    public static final PageRequest DEFAULT = new PageRequest(1, 25);

    public PageRequest {
        if (page < 1 || page > MAX_PAGE) throw new InvalidField("page", "page must be between 1 and " + MAX_PAGE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw new InvalidField("pageSize", "pageSize must be between 1 and " + MAX_PAGE_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
