package com.brewski.adapters.http.support;

import com.brewski.domain.shared.InvalidField;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The text fields of a request, read the same way from a multipart form (every value a string) or
 * from a JSON object body (typed values), for routes that take either. A field is absent or
 * present; a present value that does not parse is a 400 naming the field.
 */
public sealed interface FormFields {

    /** The text fields of a multipart form (its file parts are read with {@link Uploads}). */
    static FormFields multipart(Context ctx) {
        Map<String, List<String>> fields;
        try {
            fields = ctx.formParamMap();
        } catch (Exception e) {
            throw new InvalidField("body", "the multipart form could not be read");
        }
        return new Multipart(fields);
    }

    static FormFields json(JsonBody body) {
        return new Json(body);
    }

    /** Whether the request's body is a multipart form. */
    static boolean isMultipart(Context ctx) {
        String contentType = ctx.header("Content-Type");
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    boolean has(String field);

    /** The names of the fields present. */
    List<String> names();

    /** The text, or null when absent (or JSON null). */
    String string(String field);

    /** {@code true}/{@code false} (a form also takes {@code 1}/{@code 0}, {@code on}/{@code off}), or null when absent. */
    Boolean bool(String field);

    /** An integer, or null when absent. */
    Integer integer(String field);

    /** A canonical UUID, or null when absent. */
    default UUID uuid(String field) {
        String raw = string(field);
        if (raw == null) return null;
        String value = raw.strip();
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) return id;
        } catch (IllegalArgumentException e) {
            // not a UUID
        }
        throw new InvalidField(field, field + " must be a valid id");
    }

    record Multipart(Map<String, List<String>> fields) implements FormFields {
        @Override
        public boolean has(String field) {
            List<String> values = fields.get(field);
            return values != null && !values.isEmpty();
        }

        @Override
        public List<String> names() {
            return fields.keySet().stream().filter(this::has).toList();
        }

        @Override
        public String string(String field) {
            if (!has(field)) return null;
            String value = fields.get(field).getFirst();
            if (value.indexOf('\u0000') >= 0) throw new InvalidField(field, field + " must not contain NUL characters");
            return value;
        }

        @Override
        public Boolean bool(String field) {
            String raw = string(field);
            if (raw == null) return null;
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "on" -> true;
                case "false", "0", "off", "" -> false;
                default -> throw new InvalidField(field, field + " must be true or false");
            };
        }

        @Override
        public Integer integer(String field) {
            String raw = string(field);
            if (raw == null) return null;
            try {
                return Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw new InvalidField(field, field + " must be an integer");
            }
        }
    }

    record Json(JsonBody body) implements FormFields {
        @Override
        public boolean has(String field) {
            return body.has(field);
        }

        @Override
        public List<String> names() {
            return body.fieldNames();
        }

        @Override
        public String string(String field) {
            return body.optionalString(field);
        }

        @Override
        public Boolean bool(String field) {
            return body.optionalBoolean(field);
        }

        @Override
        public Integer integer(String field) {
            return body.optionalInt(field);
        }
    }
}
