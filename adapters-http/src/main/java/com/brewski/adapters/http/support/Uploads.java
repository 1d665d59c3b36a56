package com.brewski.adapters.http.support;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.UnsupportedMedia;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reading a file field of a multipart form, for every image route: not multipart is a 415, a
 * missing field a 400 naming it, a file over the route's limit a 413 (the route table already
 * refuses a Content-Length over it), a form that does not parse a 400.
 */
public final class Uploads {
    private Uploads() {}

    public static byte[] requiredFile(Context ctx, String field, long maxBytes) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))
            throw new UnsupportedMedia("Content-Type must be multipart/form-data with the image in the field '" + field + "'");
        UploadedFile file;
        try {
            file = ctx.uploadedFile(field);
        } catch (Exception e) {
            if (mentionsSize(e)) throw RouteTable.tooLarge(maxBytes);
            throw new InvalidField(field, "the multipart form could not be read");
        }
        if (file == null) throw new InvalidField(field, field + " is required");
        if (file.size() > maxBytes) throw RouteTable.tooLarge(maxBytes);
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form flag: {@code "true"}, {@code "1"} or {@code "on"} (any case) is true, anything else or nothing false. */
    public static boolean flag(Context ctx, String field) {
        String raw;
        try {
            raw = ctx.formParam(field);
        } catch (Exception e) {
            return false;
        }
        if (raw == null) return false;
        String v = raw.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("on");
    }

    private static boolean mentionsSize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("size") || message.contains("too large") || message.contains("exceed")) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

}
