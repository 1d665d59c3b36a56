package com.brewski.adapters.http.fulfillment;

import com.brewski.adapters.http.support.JsonBody;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** Numeric ids in paths and queries, and voucher codes in bodies. */
final class VoucherParams {
    private VoucherParams() {}

    /** A numeric id in the path; anything else names nothing that could exist (404). */
    static long pathId(Context ctx, String name, String notFound, String code) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new NotFound(notFound, code);
    }

    /** A positive numeric query parameter, or null when absent; anything else is a 400 naming it. */
    static Long optionalIdQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new InvalidField(name, name + " must be a positive whole number");
    }

    /** A positive numeric id field of a body. */
    static long requiredId(JsonBody body, String field) {
        long id = body.requiredLong(field);
        if (id < 1) throw new InvalidField(body.name(field), body.name(field) + " must be a positive whole number");
        return id;
    }

    static Long optionalId(JsonBody body, String field) {
        Long id = body.optionalLong(field);
        if (id != null && id < 1) throw new InvalidField(body.name(field), body.name(field) + " must be a positive whole number");
        return id;
    }

    /** One code object ({@code code}, {@code pin}, {@code redemptionUrl}, {@code expiresAt}, {@code metadata}). */
    static VoucherCode code(JsonBody body) {
        JsonBody metadata = body.optionalObject("metadata");
        Map<String, Object> meta = metadata == null ? Map.of() : metadata.asMap();
        String prefix = body.name("");
        prefix = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        String code = body.optionalString("code");
        if (code == null || code.isBlank()) throw new InvalidField(body.name("code"), body.name("code") + " is required");
        return prefix.isEmpty()
                ? new VoucherCode(code, body.optionalString("pin"), body.optionalString("redemptionUrl"), body.optionalInstant("expiresAt"), meta)
                : VoucherCode.of(prefix, code, body.optionalString("pin"), body.optionalString("redemptionUrl"),
                body.optionalInstant("expiresAt"), meta);
    }

    static List<JsonBody> objects(JsonBody body, String field) {
        List<JsonBody> list = body.optionalObjects(field);
        return list == null ? List.of() : list;
    }
}
