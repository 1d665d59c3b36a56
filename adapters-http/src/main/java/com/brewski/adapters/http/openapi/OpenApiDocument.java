package com.brewski.adapters.http.openapi;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The OpenAPI 3.1 description of the API, assembled from hand-written YAML fragments: {@code base.yaml}
 * (info, servers, the bearer security scheme, shared components such as {@code Error} and {@code Page})
 * and one fragment per context under {@value #DIRECTORY} on the classpath, each with {@code paths} and
 * {@code components}. Fragments are merged in file-name order; the same operation (path and method) or
 * the same component declared twice, a duplicate key inside one file, or a top-level key other than
 * {@code paths} and {@code components} in a fragment fails the assembly, so a bad fragment stops the
 * server at start and fails the build's tests.
 */
public final class OpenApiDocument {
    public static final String DIRECTORY = "openapi";
    public static final String BASE = "base.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> FRAGMENT_KEYS = Set.of("paths", "components");

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode document;
    private final byte[] json;

    private OpenApiDocument(ObjectNode document) {
        this.document = document;
        try {
            this.json = JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document assembled from {@code openapi/base.yaml} and every other {@code openapi/*.yaml} beside it. */
    public static OpenApiDocument fromClasspath() {
        URL base = OpenApiDocument.class.getClassLoader().getResource(DIRECTORY + "/" + BASE);
        if (base == null) throw new IllegalStateException(DIRECTORY + "/" + BASE + " is not on the classpath");
        try {
            URI uri = base.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                boolean opened = false;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                try {
                    return fromDirectory(jar.getPath("/" + DIRECTORY));
                } finally {
                    if (opened) jar.close();
                }
            }
            return fromDirectory(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read " + base, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document assembled from {@code base.yaml} and the other {@code *.yaml} files of {@code directory}. */
    public static OpenApiDocument fromDirectory(Path directory) {
        Map<String, ObjectNode> fragments = new LinkedHashMap<>();
        ObjectNode base;
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> yaml = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
            base = null;
            for (Path file : yaml) {
                String name = file.getFileName().toString();
                try (InputStream in = Files.newInputStream(file)) {
                    ObjectNode node = read(name, in);
                    if (name.equals(BASE)) base = node;
                    else fragments.put(name, node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (base == null) throw new IllegalStateException(BASE + " is missing from " + directory);
        return assemble(base, fragments);
    }

    /** Merges the {@code paths} and {@code components} of each fragment into (a copy of) the base. */
    public static OpenApiDocument assemble(ObjectNode base, Map<String, ObjectNode> fragments) {
        ObjectNode document = base.deepCopy();
        ObjectNode paths = document.has("paths") ? (ObjectNode) document.get("paths") : document.putObject("paths");
        ObjectNode components = document.has("components") ? (ObjectNode) document.get("components") : document.putObject("components");
        Map<String, String> origin = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> fragment : fragments.entrySet()) {
            String name = fragment.getKey();
            ObjectNode node = fragment.getValue();
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!FRAGMENT_KEYS.contains(key))
                    throw new IllegalStateException(name + ": a fragment holds only paths and components, not " + key);
            }
            mergePaths(name, object(name, node, "paths"), paths, origin);
            mergeComponents(name, object(name, node, "components"), components, origin);
        }
        return new OpenApiDocument(document);
    }

    private static void mergePaths(String fragment, ObjectNode from, ObjectNode into, Map<String, String> origin) {
        if (from == null) return;
        for (Map.Entry<String, JsonNode> path : from.properties()) {
            if (!(path.getValue() instanceof ObjectNode operations))
                throw new IllegalStateException(fragment + ": path " + path.getKey() + " must be an object");
            ObjectNode target = into.has(path.getKey()) ? (ObjectNode) into.get(path.getKey()) : into.putObject(path.getKey());
            for (Map.Entry<String, JsonNode> operation : operations.properties()) {
                String key = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                claim(origin, key, fragment);
                target.set(operation.getKey(), operation.getValue());
            }
        }
    }

    private static void mergeComponents(String fragment, ObjectNode from, ObjectNode into, Map<String, String> origin) {
        if (from == null) return;
        for (Map.Entry<String, JsonNode> section : from.properties()) {
            if (!(section.getValue() instanceof ObjectNode entries))
                throw new IllegalStateException(fragment + ": components." + section.getKey() + " must be an object");
            ObjectNode target = into.has(section.getKey()) ? (ObjectNode) into.get(section.getKey()) : into.putObject(section.getKey());
            for (Map.Entry<String, JsonNode> entry : entries.properties()) {
                String key = "components." + section.getKey() + "." + entry.getKey();
                if (target.has(entry.getKey()) && !origin.containsKey(key)) origin.put(key, BASE);
                claim(origin, key, fragment);
                target.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private static void claim(Map<String, String> origin, String key, String fragment) {
        String previous = origin.putIfAbsent(key, fragment);
        if (previous != null) throw new IllegalStateException(key + " is declared in both " + previous + " and " + fragment);
    }

    private static ObjectNode object(String fragment, ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!(value instanceof ObjectNode object)) throw new IllegalStateException(fragment + ": " + field + " must be an object");
        return object;
    }

    static ObjectNode read(String name, InputStream in) throws IOException {
        try {
            JsonNode node = YAML.readTree(in);
            if (!(node instanceof ObjectNode object)) throw new IllegalStateException(name + " must hold a YAML mapping");
            return object;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(name + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The document as a JSON tree (a copy). */
    public ObjectNode tree() {
        return document.deepCopy();
    }

    /** The document serialised as JSON. */
    public byte[] json() {
        return json.clone();
    }

    /** Every documented operation as {@code METHOD /path}, e.g. {@code GET /orders/{orderId}}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        JsonNode paths = document.path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (METHODS.contains(method)) operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    /** Javalin's path syntax as OpenAPI writes it: {@code {id}} stays, the {@code <key>} wildcard becomes {@code {key}}. */
    public static String openApiPath(String javalinPath) {
        return javalinPath.replaceAll("<([^>]+)>", "{$1}");
    }
}
