package com.brewski.bootstrap.shop;

import com.brewski.adapters.storage.ImageIoImages;
import com.brewski.application.testing.SampleImages;
import com.brewski.bootstrap.shop.ShopClient.Brewery;
import com.brewski.bootstrap.testing.TestServer;
import com.brewski.bootstrap.testing.TestServer.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import static com.brewski.bootstrap.shop.ShopClient.ok;
import static com.brewski.bootstrap.shop.ShopClient.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image guard over real HTTP on the logo route (issue 16 §4), with one decoding slot: a pixel
 * flood refused from its header, a large 16-bit PNG decoded subsampled, and 503 when no slot is free.
 */
class LogoImageGuardTest {
    private static TestServer server;
    private static ShopClient shop;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("IMAGE_DECODE_SLOTS", "1", "IMAGE_DECODE_WAIT_MS", "200"));
        shop = new ShopClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Response logo(Brewery brewery, byte[] image) {
        return shop.upload("/teams/" + brewery.teamId() + "/logo", brewery.token(), "image", "logo.png", "image/png", image, Map.of());
    }

    @Test
    void a_pixel_flood_png_is_refused_with_413_before_anything_is_decoded() {
        Brewery lantern = shop.brewery("Flooded Brewery");
        byte[] flood = SampleImages.pixelFlood(16_000);
        assertThat(flood.length).isLessThan(100_000);
        ImageIoImages.Statistics stats = server.images().statistics();
        long decodes = stats.decodes();
        long refused = stats.refusedTooLarge();

        refused(logo(lantern, flood), 413, "image must be at most 40 megapixels");

        assertThat(stats.decodes()).isEqualTo(decodes);
        assertThat(stats.refusedTooLarge()).isEqualTo(refused + 1);
        assertThat(team(lantern).get("logoUrl").isNull()).isTrue();
    }

    @Test
    void a_6300_pixel_16_bit_png_is_accepted_and_decoded_subsampled() throws IOException {
        Brewery lantern = shop.brewery("Big Logo Brewery");
        byte[] big = SampleImages.sixteenBitRgba(6300);

        JsonNode team = ok(logo(lantern, big), 200).get("team");

        ImageIoImages.Decode decode = server.images().statistics().lastDecode().orElseThrow();
        assertThat(decode.sourceWidth()).isEqualTo(6300);
        assertThat(decode.subsampling()).isEqualTo(5);
        assertThat(decode.decodedWidth()).isEqualTo(1260); // never the 6300 × 6300 × 8 bytes (317 MB) raster
        assertThat(decode.decodedHeight()).isEqualTo(1260);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(shop.fetch(team.get("logoUrl").asText()).body()));
        assertThat(stored.getWidth()).isEqualTo(600);
        assertThat(stored.getHeight()).isEqualTo(600);
    }

    @Test
    void an_upload_that_cannot_get_a_decoding_slot_gets_503_with_retry_after() throws Exception {
        Brewery lantern = shop.brewery("Busy Brewery");
        Optional<AutoCloseable> held = server.images().holdSlot();
        assertThat(held).as("the only slot is free before the test").isPresent();
        try (AutoCloseable slot = held.get()) {
            Response busy = logo(lantern, SampleImages.png(40, 40));
            refused(busy, 503, "image processing is busy, try again shortly");
            assertThat(busy.headers().firstValue("Retry-After")).contains("5");
        }
        assertThat(ok(logo(lantern, SampleImages.png(40, 40)), 200).get("team").get("logoUrl").isNull()).isFalse();
    }

    private static JsonNode team(Brewery b) {
        return ok(server.get("/teams/" + b.teamId(), b.token()), 200).get("team");
    }
}
