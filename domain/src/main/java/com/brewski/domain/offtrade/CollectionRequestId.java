package com.brewski.domain.offtrade;

import com.brewski.domain.shared.NotFound;

/** The numeric id of a collection request, the {@code #ID} operators quote. */
public record CollectionRequestId(long value) {
    public static final String NOT_FOUND = "OFFTRADE_REQUEST_NOT_FOUND";

    public CollectionRequestId {
        if (value < 1) throw notFound();
    }

    /** An id from a path: anything but a positive whole number names no request. */
    public static CollectionRequestId parse(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,18}")) throw notFound();
        return new CollectionRequestId(Long.parseLong(raw));
    }

    /** The 404 for an unknown id, and for a request not routed to the team asked about. */
    public static NotFound notFound() {
        return new NotFound("Collection request not found", NOT_FOUND);
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
