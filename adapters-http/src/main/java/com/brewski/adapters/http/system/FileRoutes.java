package com.brewski.adapters.http.system;

import java.util.List;
import com.brewski.adapters.http.support.RouteGroup;
import com.brewski.adapters.http.support.Route;
import com.brewski.adapters.http.support.Access;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.NotFound;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * {@code GET /files/<key>}: serves the public objects of the object store (how the filesystem store's
 * public URLs are answered): only keys that {@link ObjectStore#isPublic} (team logos, the shop's
 * upsell, promotion and hero images); every other key, documents included, does not exist here. Keys
 * with empty, {@code .} or {@code ..} segments do not exist either.
 */
public final class FileRoutes implements RouteGroup {
    private static final String NOT_FOUND = "File not found";
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

    private final ObjectStore objectStore;

    public FileRoutes(ObjectStore objectStore) {
        this.objectStore = objectStore;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/files/<key>", Access.PUBLIC, this::file));
    }

    private void file(Context ctx) {
        String key = ctx.pathParam("key");
        if (!isSafe(key) || !ObjectStore.isPublic(key) || !objectStore.configured()) throw new NotFound(NOT_FOUND);
        ObjectStore.StoredObject object = objectStore.get(key).orElseThrow(() -> new NotFound(NOT_FOUND));
        String contentType = object.contentType() == null || object.contentType().isBlank()
                ? "application/octet-stream" : object.contentType();
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(contentType).result(object.content());
    }

    static boolean isSafe(String key) {
        if (key == null || !SAFE_KEY.matcher(key).matches()) return false;
        for (String segment : key.split("/")) {
            if (segment.equals(".") || segment.equals("..")) return false;
        }
        return true;
    }
}
