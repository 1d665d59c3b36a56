package com.brewski.adapters.http.support;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads the JSON object body of a request: {@code Content-Type: application/json} (else 415), at most
 * the configured number of bytes (else 413), well-formed JSON (else 400 "invalid JSON body") and an
 * object (else 400).
 */
public final class BodyReader {
    public static final String INVALID_JSON = "invalid JSON body";

    private final ObjectMapper mapper;
    private final long maxBytes;

    public BodyReader(ObjectMapper mapper, long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The body, which must be a JSON object. */
    public JsonBody object(Context ctx) {
        JsonBody body = read(ctx);
        if (body == null) throw new InvalidField("body", INVALID_JSON);
        return body;
    }

    /** The body when there is one, else an empty object (for routes whose fields are all optional). */
    public JsonBody objectOrEmpty(Context ctx) {
        JsonBody body = read(ctx);
        return body == null ? JsonBody.of(mapper.createObjectNode()) : body;
    }

    private JsonBody read(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) throw tooLarge();
        byte[] bytes = readLimited(ctx);
        if (bytes.length == 0) return null;
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !isJson(contentType))
            throw new UnsupportedMedia("Content-Type must be application/json");
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidField("body", INVALID_JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) return null;
        if (!(node instanceof ObjectNode object)) throw new InvalidField("body", "the JSON body must be an object");
        return JsonBody.of(object);
    }

    /** Reads at most {@code maxBytes}; the stream stays open, so that a 413 can drain what is left of it. */
    private byte[] readLimited(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            long total = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                total += read;
                if (total > maxBytes) throw tooLarge();
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PayloadTooLarge tooLarge() {
        return new PayloadTooLarge("request body must be at most " + maxBytes + " bytes");
    }

    private static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json");
    }
}
