package com.brewski.adapters.http.support;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Answers a public read that shared caches may keep for a minute: {@code Cache-Control: public,
 * max-age=60} and a strong {@code ETag} of the body; a request whose {@code If-None-Match} names
 * that tag (or {@code *}) gets 304 without a body.
 */
public final class PublicCache {
    public static final String CACHE_CONTROL = "public, max-age=60";

    private PublicCache() {}

    public static void json(Context ctx, Object body) {
        String json = ctx.jsonMapper().toJsonString(body, body.getClass());
        String etag = "\"" + digest(json) + "\"";
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("ETag", etag);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(json);
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) return true;
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals(etag)) return true;
        }
        return false;
    }

    private static String digest(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
