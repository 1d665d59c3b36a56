package com.brewski.adapters.storage;

import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.ObjectStore.StoredObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link ObjectStore} port's contract, run against every implementation that stores objects. */
abstract class ObjectStoreContract {

    /** A store for one test; tests use fresh random keys, so stores may be shared. */
    protected abstract ObjectStore store();

    /** The public URL the implementation under test must answer for a key. */
    protected abstract String expectedPublicUrl(String key);

    protected static String invoiceKey() {
        return "documents/orders/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "/invoice.pdf";
    }

    @Test
    void is_configured() {
        assertThat(store().configured()).isTrue();
    }

    @Test
    void stores_an_object_and_gives_it_back_with_its_content_type() {
        String key = invoiceKey();
        byte[] pdf = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);

        String url = store().put(key, pdf, "application/pdf");

        assertThat(url).isEqualTo(store().publicUrl(key));
        StoredObject stored = store().get(key).orElseThrow();
        assertThat(stored.content()).isEqualTo(pdf);
        assertThat(stored.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void putting_again_replaces_content_and_content_type() {
        String key = invoiceKey();
        store().put(key, "first version, the longer one".getBytes(StandardCharsets.UTF_8), "text/plain");

        store().put(key, "second".getBytes(StandardCharsets.UTF_8), "application/pdf");

        StoredObject stored = store().get(key).orElseThrow();
        assertThat(new String(stored.content(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void a_missing_key_is_empty() {
        assertThat(store().get(invoiceKey())).isEmpty();
    }

    @Test
    void a_prefix_of_stored_keys_is_not_an_object() {
        String order = "documents/orders/" + UUID.randomUUID() + "/" + UUID.randomUUID();
        store().put(order + "/invoice.pdf", new byte[] {1}, "application/pdf");

        assertThat(store().get(order)).isEmpty();
        store().delete(order);
        assertThat(store().get(order + "/invoice.pdf")).isPresent();
    }

    @Test
    void delete_removes_the_object_and_leaves_its_neighbours() {
        String order = "documents/orders/" + UUID.randomUUID() + "/" + UUID.randomUUID();
        store().put(order + "/invoice.pdf", new byte[] {1}, "application/pdf");
        store().put(order + "/delivery-note.pdf", new byte[] {2}, "application/pdf");

        store().delete(order + "/invoice.pdf");

        assertThat(store().get(order + "/invoice.pdf")).isEmpty();
        assertThat(store().get(order + "/delivery-note.pdf")).get()
                .extracting(StoredObject::content).isEqualTo(new byte[] {2});
    }

    @Test
    void delete_is_idempotent() {
        String key = invoiceKey();
        store().put(key, new byte[] {1, 2, 3}, "application/pdf");

        store().delete(key);
        store().delete(key);
        store().delete(invoiceKey()); // never stored

        assertThat(store().get(key)).isEmpty();
    }

    @Test
    void a_deleted_key_can_be_stored_again() {
        String key = invoiceKey();
        store().put(key, new byte[] {1}, "application/pdf");
        store().delete(key);

        store().put(key, new byte[] {9}, "image/png");

        StoredObject stored = store().get(key).orElseThrow();
        assertThat(stored.content()).isEqualTo(new byte[] {9});
        assertThat(stored.contentType()).isEqualTo("image/png");
    }

    @Test
    void binary_content_comes_back_byte_for_byte() {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) everyByte[i] = (byte) i;
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(large);
        String small = "images/" + UUID.randomUUID() + "/every-byte.bin";
        String big = "images/" + UUID.randomUUID() + "/large.bin";

        store().put(small, everyByte, "application/octet-stream");
        store().put(big, large, "application/octet-stream");

        assertThat(store().get(small).orElseThrow().content()).isEqualTo(everyByte);
        assertThat(store().get(big).orElseThrow().content()).isEqualTo(large);
    }

    @Test
    void empty_content_is_an_object() {
        String key = "documents/" + UUID.randomUUID() + "/empty.txt";

        store().put(key, new byte[0], "text/plain");

        assertThat(store().get(key)).get().extracting(StoredObject::content).isEqualTo(new byte[0]);
    }

    @Test
    void the_public_url_is_stable_and_has_the_implementation_shape() {
        String key = invoiceKey();

        assertThat(store().publicUrl(key)).isEqualTo(expectedPublicUrl(key)).isEqualTo(store().publicUrl(key));
        assertThat(store().put(key, new byte[] {1}, "application/pdf")).isEqualTo(expectedPublicUrl(key));
    }

    @Test
    void the_public_url_encodes_characters_that_are_not_url_safe() {
        String key = "images/" + UUID.randomUUID() + "/hop & malt é.jpg";
        String encoded = key.replace(" ", "%20").replace("&", "%26").replace("é", "%C3%A9");

        assertThat(store().publicUrl(key)).isEqualTo(expectedPublicUrl(encoded));
        store().put(key, new byte[] {7}, "image/jpeg");
        assertThat(store().get(key)).get().extracting(StoredObject::content).isEqualTo(new byte[] {7});
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside.txt", "documents/../../outside.txt", "a/..", "a\\b.pdf",
            "a/\u0000.pdf", "a/b\n.pdf", "a//b.pdf", "a/b/", "./a.pdf", "a/.hidden", "..."})
    void rejects_keys_that_are_not_plain_relative_paths(String key) {
        assertThatThrownBy(() -> store().put(key, new byte[] {1}, "text/plain")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().publicUrl(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_blank_content_type() {
        assertThatThrownBy(() -> store().put(invoiceKey(), new byte[] {1}, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upsell_images_from_the_pipeline_are_read_back_as_square_webp() throws java.io.IOException {
        Images.SquareSet squares = new ImageIoImages().toSquareWebp(
                com.brewski.application.testing.SampleImages.withExifOrientation(com.brewski.application.testing.SampleImages.jpeg(800, 800), 6),
                40_000_000L, 500, 100);
        String prefix = "upsells/" + UUID.randomUUID() + "/" + UUID.randomUUID();
        for (Images.Square square : squares.images()) {
            String key = prefix + (square.side() == 500 ? "-main.webp" : "-icon.webp");
            store().put(key, square.content(), square.contentType());

            StoredObject back = store().get(key).orElseThrow();
            assertThat(back.contentType()).isEqualTo("image/webp");
            assertThat(new String(back.content(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(back.content()));
            assertThat(image.getWidth()).isEqualTo(square.side());
            assertThat(image.getHeight()).isEqualTo(square.side());
            int s = square.side();
            // upright: the stored top-left (blue) quarter is displayed top right
            assertThat(com.brewski.application.testing.SampleImages.isBlue(image.getRGB(s - s / 10, s / 10))).isTrue();
            assertThat(com.brewski.application.testing.SampleImages.isBlue(image.getRGB(s / 10, s / 10))).isFalse();
        }
    }
}
