package com.brewski.adapters.storage;

import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.ObjectStore.StoredObject;
import com.brewski.domain.shared.Unavailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemObjectStoreTest extends ObjectStoreContract {

    @TempDir
    Path temp;
    Path root;
    FilesystemObjectStore store;

    @BeforeEach
    void createStore() {
        root = temp.resolve("data/objects");
        store = new FilesystemObjectStore(root, "http://localhost:7070/");
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Override
    protected String expectedPublicUrl(String key) {
        return "http://localhost:7070/files/" + key;
    }

    @Test
    void an_object_is_a_plain_file_under_the_root() throws Exception {
        String key = invoiceKey();

        store.put(key, new byte[] {1, 2, 3}, "application/pdf");

        assertThat(root.resolve(key)).isRegularFile().hasBinaryContent(new byte[] {1, 2, 3});
        try (Stream<Path> files = Files.list(root.resolve(key).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("only the object and its hidden content-type sidecar, no temporary file left")
                    .containsExactlyInAnyOrder("invoice.pdf", ".invoice.pdf.content-type");
        }
    }

    @Test
    void delete_removes_the_sidecar_too() throws Exception {
        String key = invoiceKey();
        store.put(key, new byte[] {1}, "application/pdf");

        store.delete(key);

        try (Stream<Path> files = Files.list(root.resolve(key).getParent())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void objects_and_content_types_survive_a_new_store_on_the_same_root() {
        String key = invoiceKey();
        store.put(key, new byte[] {4, 2}, "application/pdf");

        StoredObject stored = new FilesystemObjectStore(root, "https://brewski.example").get(key).orElseThrow();

        assertThat(stored.content()).isEqualTo(new byte[] {4, 2});
        assertThat(stored.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void traversal_keys_never_touch_files_outside_the_root() throws Exception {
        Path outside = Files.writeString(Files.createDirectories(temp.resolve("data")).resolve("secret.txt"), "keep me");

        for (String key : List.of("../secret.txt", "a/../../secret.txt", "/" + outside, "..\\secret.txt")) {
            assertThatThrownBy(() -> store.put(key, new byte[] {1}, "text/plain")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(outside).hasContent("keep me");
        assertThat(temp.resolve("data")).isDirectoryNotContaining(p -> !p.equals(outside) && !p.equals(root));
    }

    @Test
    void a_reader_never_sees_a_half_written_object() throws Exception {
        String key = invoiceKey();
        byte[] ones = filled(2 * 1024 * 1024, (byte) 1);
        byte[] twos = filled(3 * 1024 * 1024, (byte) 2);
        store.put(key, ones, "application/pdf");
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> torn = new ArrayList<>();

        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(() -> {
            int reads = 0;
            while (writing.get() || reads < 20) {
                byte[] seen = store.get(key).orElseThrow().content();
                if (!Arrays.equals(seen, ones) && !Arrays.equals(seen, twos)) torn.add("read " + seen.length + " bytes");
                reads++;
            }
            return reads;
        });
        for (int i = 0; i < 60; i++) store.put(key, i % 2 == 0 ? twos : ones, "application/pdf");
        writing.set(false);

        assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(torn).isEmpty();
    }

    @Test
    void an_object_without_its_sidecar_reads_as_octet_stream() throws Exception {
        String key = invoiceKey();
        store.put(key, new byte[] {1}, "application/pdf");
        Files.delete(root.resolve(key).resolveSibling(".invoice.pdf.content-type"));

        assertThat(store.get(key).orElseThrow().contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void a_storage_failure_is_reported_as_unavailable() throws Exception {
        Files.createDirectories(root);
        Files.writeString(root.resolve("documents"), "a file where a directory is needed");

        assertThatThrownBy(() -> store.put(invoiceKey(), new byte[] {1}, "application/pdf"))
                .isInstanceOf(Unavailable.class)
                .hasMessage("object storage failed");
    }

    private static byte[] filled(int size, byte value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
