package com.brewski.adapters.http.support;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Patch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Typed access to the fields of a JSON object body. Every accessor that meets a missing or wrongly
 * typed field throws {@link InvalidField} naming it (with its path for nested objects, e.g.
 * {@code location.town}). The {@code …Patch} accessors keep "absent" (leave as is) and "null" (clear)
 * apart.
 */
public final class JsonBody {
    /**
     * The bounds of every decimal on the wire (quantities, percentages, rates, major-unit amounts):
     * at most {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_DECIMAL_PLACES}
     * after it (trailing zeros aside), as the database's {@code numeric(14, 3)} columns hold them. A
     * number outside them ({@code 1e-999999999}, {@code 12.3456789}, {@code 99999999999999999}) is a
     * 400 naming the field before any arithmetic or statement sees it.
     */
    static final int MAX_INTEGER_DIGITS = 11;
    static final int MAX_DECIMAL_PLACES = 3;
    /**
     * Dates and times on the wire have four-digit years; beyond them PostgreSQL's range ends (a year
     * such as +300000 failed the insert with a 500), so they are refused as malformed.
     */
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private final ObjectNode node;
    private final String path;

    private JsonBody(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static JsonBody of(ObjectNode node) {
        return new JsonBody(node, "");
    }

    /** The full name of a field of this object, as error messages show it. */
    public String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Whether the field is present, even as null. */
    public boolean has(String field) {
        return node.has(field);
    }

    /** The names of the fields present, in body order. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // --- strings ---

    public String requiredString(String field) {
        String value = optionalString(field);
        if (value == null) throw missing(field);
        return value;
    }

    /** The string, or null when absent or null; its characters are checked by {@link #checkText}. */
    public String optionalString(String field) {
        JsonNode value = value(field);
        if (value == null) return null;
        if (!value.isTextual()) throw wrongType(field, "a string");
        String text = value.textValue();
        checkText(name(field), text);
        return text;
    }

    /**
     * The one check of the characters of every text parsed from a request (body fields and query
     * parameters), refused with a 400 naming the field:
     * <ul>
     *   <li>NUL: PostgreSQL cannot store it in text, and the insert would fail with a 500;</li>
     *   <li>a lone surrogate ({@code \ud800} without its pair): it is no character, and would be
     *   stored as {@code ?};</li>
     *   <li>bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F): they reorder how
     *   the text around them is shown, in PDFs and in the shop, and so can disguise names.</li>
     * </ul>
     */
    public static void checkText(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') throw new InvalidField(field, field + " must not contain NUL characters");
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) throw new InvalidField(field, field + " must not contain unpaired surrogates");
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F')
                throw new InvalidField(field, field + " must not contain bidirectional control characters");
        }
    }

    public Patch<String> stringPatch(String field) {
        return patch(field, f -> optionalString(f));
    }

    /**
     * A string turned into a domain value by {@code parse(fieldName, raw)}, which names the field when
     * it refuses; null stays null (a clear, which the domain may refuse for required fields).
     */
    public <T> Patch<T> stringPatch(String field, BiFunction<String, String, T> parse) {
        return patch(field, f -> {
            String raw = optionalString(f);
            return raw == null ? null : parse.apply(name(f), raw);
        });
    }

    // --- booleans ---

    public boolean requiredBoolean(String field) {
        Boolean value = optionalBoolean(field);
        if (value == null) throw missing(field);
        return value;
    }

    public Boolean optionalBoolean(String field) {
        JsonNode value = value(field);
        if (value == null) return null;
        if (!value.isBoolean()) throw wrongType(field, "a boolean");
        return value.booleanValue();
    }

    public Patch<Boolean> booleanPatch(String field) {
        return patch(field, this::optionalBoolean);
    }

    // --- numbers ---

    public int requiredInt(String field) {
        Integer value = optionalInt(field);
        if (value == null) throw missing(field);
        return value;
    }

    public Integer optionalInt(String field) {
        JsonNode value = value(field);
        if (value == null) return null;
        if (!value.isIntegralNumber()) throw wrongType(field, "an integer");
        if (!value.canConvertToInt()) throw new InvalidField(name(field), name(field) + " is out of range");
        return value.intValue();
    }

    public Patch<Integer> intPatch(String field) {
        return patch(field, this::optionalInt);
    }

    public long requiredLong(String field) {
        Long value = optionalLong(field);
        if (value == null) throw missing(field);
        return value;
    }

    public Long optionalLong(String field) {
        JsonNode value = value(field);
        if (value == null) return null;
        if (!value.isIntegralNumber()) throw wrongType(field, "an integer");
        if (!value.canConvertToLong()) throw new InvalidField(name(field), name(field) + " is out of range");
        return value.longValue();
    }

    public Patch<Long> longPatch(String field) {
        return patch(field, this::optionalLong);
    }

    /** A decimal (quantities, percentages) from a JSON number, exactly as written; required. */
    public BigDecimal requiredDecimal(String field) {
        BigDecimal value = optionalDecimal(field);
        if (value == null) throw missing(field);
        return value;
    }

    /**
     * A JSON number (integer or decimal) as a {@link BigDecimal}, or null when absent or null. A string
     * is refused, as is a number with more than {@value #MAX_INTEGER_DIGITS} digits before the point
     * ("out of range") or more than {@value #MAX_DECIMAL_PLACES} after it.
     */
    public BigDecimal optionalDecimal(String field) {
        JsonNode value = value(field);
        if (value == null) return null;
        if (!value.isNumber()) throw wrongType(field, "a number");
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) throw outOfRange(field);
        BigDecimal decimal = value.decimalValue();
        if (decimal.signum() == 0) return BigDecimal.ZERO;
        // the scale is checked before anything that would expand the number (1e-999999999 has scale 999999999)
        if ((long) decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) throw outOfRange(field);
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMAL_PLACES)
            throw new InvalidField(name(field), name(field) + " must have at most " + MAX_DECIMAL_PLACES + " decimal places");
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Patch<BigDecimal> decimalPatch(String field) {
        return patch(field, this::optionalDecimal);
    }

    // --- dates and times ---

    /** A calendar date {@code YYYY-MM-DD}, or null when absent or null. */
    public LocalDate optionalDate(String field) {
        String raw = optionalString(field);
        if (raw == null) return null;
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidField(name(field), name(field) + " must be a date (YYYY-MM-DD)");
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)
            throw new InvalidField(name(field), name(field) + " must be a date (YYYY-MM-DD)");
        return date;
    }

    public Patch<LocalDate> datePatch(String field) {
        return patch(field, this::optionalDate);
    }

    /** An ISO-8601 timestamp with an offset ({@code 2025-03-10T09:00:00.000Z}), or null when absent or null. */
    public Instant optionalInstant(String field) {
        String raw = optionalString(field);
        if (raw == null) return null;
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidField(name(field), name(field) + " must be an ISO-8601 timestamp with a time zone");
        }
        int year = instant.atOffset(java.time.ZoneOffset.UTC).getYear();
        if (year < MIN_YEAR || year > MAX_YEAR)
            throw new InvalidField(name(field), name(field) + " must be an ISO-8601 timestamp with a time zone");
        return instant;
    }

    public Patch<Instant> instantPatch(String field) {
        return patch(field, this::optionalInstant);
    }

    // --- identifiers and enums ---

    public UUID requiredUuid(String field) {
        UUID value = optionalUuid(field);
        if (value == null) throw missing(field);
        return value;
    }

    public UUID optionalUuid(String field) {
        String raw = optionalString(field);
        if (raw == null) return null;
        return Uuids.parse(raw).orElseThrow(() -> new InvalidField(name(field), name(field) + " must be a valid id"));
    }

    public Patch<UUID> uuidPatch(String field) {
        return patch(field, this::optionalUuid);
    }

    /** A required enum, parsed by the domain's {@code parse(fieldName, raw)} (which names the field when it refuses). */
    public <E> E requiredEnum(String field, BiFunction<String, String, E> parse) {
        return parse.apply(name(field), requiredString(field));
    }

    /** An optional enum, or null when absent or null. */
    public <E> E optionalEnum(String field, BiFunction<String, String, E> parse) {
        String raw = optionalString(field);
        return raw == null ? null : parse.apply(name(field), raw);
    }

    public <E> Patch<E> enumPatch(String field, BiFunction<String, String, E> parse) {
        return stringPatch(field, parse);
    }

    // --- nested objects ---

    /** The nested object, or null when absent or null. */
    public JsonBody optionalObject(String field) {
        JsonNode value = value(field);
        if (value == null) return null;
        if (!(value instanceof ObjectNode object)) throw wrongType(field, "an object");
        return new JsonBody(object, name(field));
    }

    /** The objects of an array field (each named {@code field[i]} in errors), or null when absent or null. */
    public List<JsonBody> optionalObjects(String field) {
        JsonNode value = value(field);
        if (value == null) return null;
        if (!value.isArray()) throw wrongType(field, "an array");
        List<JsonBody> objects = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementName = name(field) + "[" + i + "]";
            if (!(element instanceof ObjectNode object))
                throw new InvalidField(elementName, elementName + " must be an object");
            objects.add(new JsonBody(object, elementName));
        }
        return objects;
    }

    public <T> Patch<T> objectPatch(String field, Function<JsonBody, T> read) {
        return patch(field, f -> {
            JsonBody object = optionalObject(f);
            return object == null ? null : read.apply(object);
        });
    }

    // ---

    private <T> Patch<T> patch(String field, Function<String, T> read) {
        if (!node.has(field)) return Patch.absent();
        return Patch.set(read.apply(field));
    }

    /** The field's node, or null when absent or JSON null. */
    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private InvalidField outOfRange(String field) {
        return new InvalidField(name(field), name(field) + " is out of range");
    }

    private InvalidField missing(String field) {
        return new InvalidField(name(field), name(field) + " is required");
    }

    private InvalidField wrongType(String field, String type) {
        return new InvalidField(name(field), name(field) + " must be " + type);
    }
}
