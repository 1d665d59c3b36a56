package com.brewski.adapters.http.support;

import com.brewski.application.shared.Sort;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

/**
 * Query and path parameters. A bad query parameter is a 400 naming it; a malformed id in a path is
 * a 404 with the resource's not-found message (it names nothing that could exist).
 */
public final class RequestParams {
    private RequestParams() {}

    /** {@code page} and {@code pageSize}, defaults 1 and 25, pageSize at most 200. */
    public static PageRequest page(Context ctx) {
        int page = intParam(ctx, "page", PageRequest.DEFAULT.page());
        int pageSize = intParam(ctx, "pageSize", PageRequest.DEFAULT.pageSize());
        return new PageRequest(page, pageSize);
    }

    public static UUID requiredUuidQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) throw new InvalidField(name, name + " is required");
        return Uuids.parse(raw.strip()).orElseThrow(() -> new InvalidField(name, name + " must be a valid id"));
    }

    /** A UUID query parameter that may be absent; a malformed one is a 400 naming it. */
    public static UUID optionalUuidQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        return Uuids.parse(raw.strip()).orElseThrow(() -> new InvalidField(name, name + " must be a valid id"));
    }

    /** A whole-number query parameter, or null when absent. */
    public static Integer optionalIntQuery(Context ctx, String name) {
        return ctx.queryParam(name) == null ? null : intParam(ctx, name, 0);
    }

    /** {@code sort} (one of {@code allowed}, default {@code defaultKey}) and {@code direction} (asc or desc, default asc). */
    public static Sort sort(Context ctx, List<String> allowed, String defaultKey) {
        return Sort.parse(ctx.queryParam("sort"), ctx.queryParam("direction"), allowed, defaultKey, Sort.Direction.ASC);
    }

    /** The id in a path segment; a malformed one does not exist. */
    public static UUID pathId(Context ctx, String name, String notFoundMessage) {
        return Uuids.parse(ctx.pathParam(name)).orElseThrow(() -> new NotFound(notFoundMessage));
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null) return fallback;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField(name, name + " must be a whole number");
        }
    }
}
