package com.brewski.bootstrap.gates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hostile request body, made from a route's valid body (its template): every kind here is
 * invalid for any route, so the answer must be a 4xx that changes nothing.
 */
sealed interface Hostile {
    ObjectMapper JSON = new ObjectMapper();
    String MARK = "\"__hostile__\"";

    /** The bytes to send and their declared content type. */
    record Payload(String contentType, byte[] bytes) {
        static Payload json(String text) {
            return new Payload("application/json", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    Payload apply(Map<String, Object> template);

    /** What the test reports. */
    String describe();

    /** The template cut short after a fraction of its text, or garbage text. */
    record Malformed(double fraction, String garbage) implements Hostile {
        public Payload apply(Map<String, Object> template) {
            String text = write(template);
            int cut = Math.max(1, Math.min(text.length() - 1, (int) (text.length() * fraction)));
            return Payload.json(garbage.isEmpty() ? text.substring(0, cut) : garbage);
        }

        public String describe() {
            return garbage.isEmpty() ? "JSON cut at " + fraction : "malformed JSON " + abbreviated(garbage);
        }
    }

    /** A JSON value that is not an object where the body must be one. */
    record NotAnObject(String shape) implements Hostile {
        public Payload apply(Map<String, Object> template) {
            return Payload.json(switch (shape) {
                case "array" -> "[" + write(template) + "]";
                case "empty-array" -> "[]";
                case "string" -> "\"" + write(template).replace("\"", "'") + "\"";
                case "number" -> "42";
                case "null" -> "null";
                default -> "true";
            });
        }

        public String describe() {
            return "body as " + shape;
        }
    }

    /** One field replaced by a value of a type it cannot have, or by a hostile value of its type. */
    record Field(int seed, int variant, Kind kind) implements Hostile {
        enum Kind { WRONG_TYPE, HOSTILE_VALUE }

        public Payload apply(Map<String, Object> template) {
            if (template.isEmpty()) return Payload.json("{\"\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
            List<String> names = new ArrayList<>(template.keySet());
            String name = names.get(Math.floorMod(seed, names.size()));
            Object current = template.get(name);
            String raw = kind == Kind.WRONG_TYPE ? wrongType(current) : hostileValue(name, current);
            Map<String, Object> body = new LinkedHashMap<>(template);
            body.put(name, "__hostile__");
            return Payload.json(write(body).replace(MARK, raw));
        }

        private String wrongType(Object current) {
            List<String> choices = switch (current) {
                case Number n -> List.of("\"12x\"", "{}", "[1]", "true");
                case Boolean b -> List.of("\"yes\"", "1", "{}", "[]");
                case Map<?, ?> m -> List.of("\"x\"", "12", "[]", "true");
                case null -> List.of("{}", "[]");
                default -> List.of("{}", "[\"x\"]", "true", "{\"$ne\":null}");
            };
            return choices.get(Math.floorMod(variant, choices.size()));
        }

        private String hostileValue(String name, Object current) {
            List<String> choices = new ArrayList<>();
            choices.add("[".repeat(10_000) + "]".repeat(10_000));
            switch (current) {
                case Number n -> {
                    choices.add("1e308");
                    choices.add("9223372036854775808");
                    choices.add("-9223372036854775809");
                    choices.add("123456789012345678901234567890");
                    if (name.endsWith("Minor")) choices.add("-1");
                }
                case Boolean b -> choices.add("\"true\"");
                case String s when s.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") -> {
                    choices.add("\"not-a-uuid\"");
                    choices.add("\"00000000-0000-0000-0000-00000000000g\"");
                    choices.add("\"' OR '1'='1\"");
                    choices.add("\"" + s + "\\u0000\"");
                }
                case String s when s.matches("[a-z][a-z_]*") -> {
                    choices.add("\"zz_unknown\"");
                    choices.add("\"" + s.toUpperCase() + "x\"");
                    choices.add("\"" + s + "\\u0000\"");
                }
                case String s -> {
                    choices.add("\"a\\u0000b\"");
                    choices.add("\"" + "x".repeat(1024 * 1024) + "\"");
                }
                default -> choices.add("\"\\u0000\"");
            }
            return choices.get(Math.floorMod(variant, choices.size()));
        }

        public String describe() {
            return kind + " #" + seed + "/" + variant;
        }
    }

    /** The first field written twice. */
    record DuplicateKey(int seed) implements Hostile {
        public Payload apply(Map<String, Object> template) {
            String text = write(template);
            if (template.isEmpty()) return Payload.json("{\"a\":1,\"a\":2}");
            String first = text.substring(1, text.length() - 1);
            return Payload.json("{" + first + "," + first + "}");
        }

        public String describe() {
            return "duplicate keys";
        }
    }

    /** The whole body nested {@code depth} levels deep in arrays or objects. */
    record DeepNesting(int depth, boolean arrays) implements Hostile {
        public Payload apply(Map<String, Object> template) {
            String open = arrays ? "[" : "{\"a\":";
            String close = arrays ? "]" : "}";
            return Payload.json(open.repeat(depth) + write(template) + close.repeat(depth));
        }

        public String describe() {
            return depth + "-deep " + (arrays ? "arrays" : "objects");
        }
    }

    /** The valid body declared as another media type. */
    record WrongContentType(String contentType) implements Hostile {
        public Payload apply(Map<String, Object> template) {
            return new Payload(contentType, write(template).getBytes(StandardCharsets.UTF_8));
        }

        public String describe() {
            return "Content-Type " + contentType;
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
