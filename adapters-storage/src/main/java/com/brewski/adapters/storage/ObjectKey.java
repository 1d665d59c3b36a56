package com.brewski.adapters.storage;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An object key both stores accept: relative {@code /}-separated segments such as
 * {@code documents/orders/<teamId>/<orderId>/invoice.pdf}. Both stores apply the same rules so a key
 * that works against S3 also works against the filesystem. A segment may not be empty or start with
 * {@code .} (which also keeps {@code .}/{@code ..} and the filesystem store's hidden bookkeeping
 * files out of reach); no {@code ..}, backslash or control character anywhere.
 */
record ObjectKey(String value) {
    private static final int MAX_LENGTH = 1024;

    ObjectKey {
        Objects.requireNonNull(value, "key");
        if (value.isEmpty()) throw invalid("must not be empty");
        if (value.length() > MAX_LENGTH) throw invalid("is longer than " + MAX_LENGTH + " characters");
        if (value.startsWith("/")) throw invalid("must be relative");
        if (value.contains("..")) throw invalid("must not contain '..'");
        if (value.indexOf('\\') >= 0) throw invalid("must not contain a backslash");
        if (value.chars().anyMatch(Character::isISOControl)) throw invalid("must not contain control characters");
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty()) throw invalid("must not contain an empty path segment");
            if (segment.startsWith(".")) throw invalid("must not contain a segment starting with '.'");
        }
    }

    static ObjectKey of(String value) {
        return new ObjectKey(value);
    }

    /** The key as a URL path: every segment percent-encoded (RFC 3986 unreserved characters kept). */
    String urlPath() {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Checks a content type before it is stored (it becomes a header or a sidecar line). */
    static String requireContentType(String contentType) {
        Objects.requireNonNull(contentType, "contentType");
        if (contentType.isBlank()) throw new IllegalArgumentException("content type must not be blank");
        if (contentType.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("content type must not contain control characters");
        }
        return contentType.strip();
    }

    /** A base URL without trailing slashes. */
    static String trimBase(String url) {
        String trimmed = url.strip();
        int end = trimmed.length();
        while (end > 0 && trimmed.charAt(end - 1) == '/') end--;
        return trimmed.substring(0, end);
    }

    // the message never echoes the key: a rejected key may carry control characters into logs
    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("object key " + why);
    }
}
