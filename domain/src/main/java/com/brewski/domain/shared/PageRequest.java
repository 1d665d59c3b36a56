package com.brewski.domain.shared;

/** Paging input: page from 1, pageSize 1..200 (defaults 1 and 25). */
public record PageRequest(int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 200;
    public static final PageRequest DEFAULT = new PageRequest(1, 25);

    public PageRequest {
        if (page < 1) throw new InvalidField("page", "page must be 1 or more");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw new InvalidField("pageSize", "pageSize must be between 1 and " + MAX_PAGE_SIZE);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
