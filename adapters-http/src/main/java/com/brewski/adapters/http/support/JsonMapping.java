package com.brewski.adapters.http.support;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one Jackson configuration of the HTTP adapter: instants as UTC ISO-8601 with milliseconds
 * ({@code 2025-07-25T10:30:00.000Z}), dates as {@code YYYY-MM-DD}, null fields written as null,
 * strict parsing (duplicate keys and trailing content are malformed JSON), and decimals read exactly
 * (as {@code BigDecimal}, never through a double).
 */
public final class JsonMapping {
    static final DateTimeFormatter INSTANT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private JsonMapping() {}

    public static ObjectMapper objectMapper() {
        SimpleModule wire = new SimpleModule("brewski-wire");
        wire.addSerializer(Instant.class, new InstantSerializer());
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(wire)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Formats an instant the way every timestamp appears on the wire. */
    public static String format(Instant instant) {
        return INSTANT_FORMAT.format(instant);
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(INSTANT_FORMAT.format(value));
        }
    }
}
