package com.brewski.adapters.persistence;

import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.JSONValue;
import org.jooq.tools.json.ParseException;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON objects kept in text columns (partner responses, code metadata), through jOOQ's own JSON tools. */
final class JsonText {
    private JsonText() {}

    static String write(Map<String, Object> map) {
        return map == null ? null : JSONValue.toJSONString(map);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String text) {
        if (text == null) return null;
        try {
            Object parsed = new JSONParser().parse(text);
            return parsed instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : Map.of();
        } catch (ParseException e) {
            return Map.of("unreadable", text);
        }
    }
}
