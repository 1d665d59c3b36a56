package com.brewski.adapters.storage;

import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The embedded default: each object is a plain file at {@code root/<key>}, its content type in a
 * hidden sidecar beside it ({@code .<name>.content-type}). Both are written to a temporary file,
 * flushed and atomically moved into place, so a reader sees the old object or the new one, never a
 * partial one. Keys cannot name hidden files, so bookkeeping files never collide with objects.
 * The HTTP server serves {@code GET /files/<key>} from this store.
 */
public final class FilesystemObjectStore implements ObjectStore {
    private static final Logger log = LoggerFactory.getLogger(FilesystemObjectStore.class);
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    private static final String SIDECAR_SUFFIX = ".content-type";

    private final Path root;
    private final String publicBaseUrl;

    public FilesystemObjectStore(Path root, String publicBaseUrl) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.publicBaseUrl = ObjectKey.trimBase(Objects.requireNonNull(publicBaseUrl, "publicBaseUrl"));
    }

    @Override
    public String put(String key, byte[] content, String contentType) {
        Path file = fileOf(key);
        Objects.requireNonNull(content, "content");
        String type = ObjectKey.requireContentType(contentType);
        try {
            Files.createDirectories(file.getParent());
            // the sidecar first: a new object never appears without its content type
            writeAtomically(sidecarOf(file), type.getBytes(StandardCharsets.UTF_8));
            writeAtomically(file, content);
        } catch (IOException e) {
            throw failure("put", key, e);
        }
        return publicUrl(key);
    }

    @Override
    public void delete(String key) {
        Path file = fileOf(key);
        try {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) return; // a key prefix, not an object
            // the object first: a reader never finds an object that has lost its content type
            Files.deleteIfExists(file);
            Files.deleteIfExists(sidecarOf(file));
        } catch (IOException e) {
            throw failure("delete", key, e);
        }
    }

    @Override
    public Optional<StoredObject> get(String key) {
        Path file = fileOf(key);
        try {
            byte[] content = Files.readAllBytes(file);
            return Optional.of(new StoredObject(content, contentTypeOf(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (Files.isDirectory(file)) return Optional.empty(); // a key prefix, not an object
            throw failure("get", key, e);
        }
    }

    @Override
    public String publicUrl(String key) {
        return publicBaseUrl + "/files/" + ObjectKey.of(key).urlPath();
    }

    private Path fileOf(String key) {
        Path file = root.resolve(ObjectKey.of(key).value()).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("object key must stay inside the store");
        }
        return file;
    }

    private static Path sidecarOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + SIDECAR_SUFFIX);
    }

    private static String contentTypeOf(Path file) throws IOException {
        try {
            String type = Files.readString(sidecarOf(file), StandardCharsets.UTF_8).strip();
            return type.isEmpty() ? DEFAULT_CONTENT_TYPE : type;
        } catch (NoSuchFileException e) {
            return DEFAULT_CONTENT_TYPE;
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Unavailable failure(String operation, String key, IOException e) {
        log.warn("object storage {} of '{}' under {} failed", operation, key, root, e);
        return new Unavailable("object storage failed");
    }
}
