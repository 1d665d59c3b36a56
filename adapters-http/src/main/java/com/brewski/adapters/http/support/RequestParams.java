package com.brewski.adapters.http.support;

import com.brewski.application.shared.Sort;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

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
        return sort(ctx, allowed, defaultKey, Sort.Direction.ASC);
    }

    /** {@code sort} and {@code direction}, with the route's own default direction. */
    public static Sort sort(Context ctx, List<String> allowed, String defaultKey, Sort.Direction defaultDirection) {
        return Sort.parse(ctx.queryParam("sort"), ctx.queryParam("direction"), allowed, defaultKey, defaultDirection);
    }

    /** An optional enum parameter, parsed by the domain's {@code parse(name, raw)}: null when absent or blank. */
    public static <E> E optionalEnumQuery(Context ctx, String name, BiFunction<String, String, E> parse) {
        String raw = optionalQuery(ctx, name);
        return raw == null ? null : parse.apply(name, raw);
    }

    /** A parameter's value as sent (null when absent), its characters checked as in {@link #optionalQuery}. */
    public static String textQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw != null) JsonBody.checkText(name, raw);
        return raw;
    }

    /** A parameter's trimmed value, or null when absent or blank. */
    public static String optionalQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw != null) JsonBody.checkText(name, raw); // the same characters are refused as in bodies
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** The id in a path segment; a malformed one does not exist. */
    public static UUID pathId(Context ctx, String name, String notFoundMessage) {
        return Uuids.parse(ctx.pathParam(name)).orElseThrow(() -> new NotFound(notFoundMessage));
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null) return fallback;
        String digits = raw.strip();
        if (!digits.matches("[+-]?[0-9]{1,20}")) throw new InvalidField(name, name + " must be a whole number");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new InvalidField(name, name + " is out of range"); // a whole number, but past an int
        }
    }
}
