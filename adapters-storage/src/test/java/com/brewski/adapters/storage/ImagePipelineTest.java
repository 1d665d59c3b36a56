package com.brewski.adapters.storage;

import com.brewski.application.shared.Images;
import com.brewski.application.testing.SampleImages;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.Overloaded;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard every image route shares: header caps, subsampled decoding, decoding slots, and each output kind. */
class ImagePipelineTest {
    private static final long FORTY_MP = 40_000_000L;
    private final ImageIoImages images = new ImageIoImages();

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void a_pixel_flood_png_of_a_few_kilobytes_is_refused_from_its_header() {
        byte[] flood = SampleImages.pixelFlood(16_000);
        assertThat(flood.length).isLessThan(100_000);

        assertThatThrownBy(() -> images.toPng(flood, 600)).isInstanceOf(PayloadTooLarge.class)
                .hasMessage("image must be at most 40 megapixels");
        assertThatThrownBy(() -> images.toSquareWebp(flood, FORTY_MP, 500, 100)).isInstanceOf(PayloadTooLarge.class);
        assertThatThrownBy(() -> images.toProgressiveJpeg(flood, 770, FORTY_MP)).isInstanceOf(PayloadTooLarge.class);
        assertThatThrownBy(() -> images.inspect(flood, FORTY_MP)).isInstanceOf(PayloadTooLarge.class);
        assertThat(images.statistics().decodes()).isZero();
        assertThat(images.statistics().refusedTooLarge()).isEqualTo(4);
    }

    @Test
    void a_16_bit_rgba_png_of_6300_pixels_is_decoded_subsampled_for_a_600_pixel_logo() throws IOException {
        byte[] big = SampleImages.sixteenBitRgba(6300);

        Images.Png png = images.toPng(big, 600);

        assertThat(png.width()).isEqualTo(600);
        assertThat(png.height()).isEqualTo(600);
        ImageIoImages.Decode decode = images.statistics().lastDecode().orElseThrow();
        assertThat(decode.sourceWidth()).isEqualTo(6300);
        assertThat(decode.subsampling()).isEqualTo(5);
        assertThat(decode.decodedWidth()).isEqualTo(1260);
        assertThat((long) decode.decodedWidth() * decode.decodedHeight() * 8).isLessThan(images.limits().maxDecodedBytes());
    }

    @Test
    void the_subsampling_keeps_twice_the_target_and_the_pixel_memory_within_budget() {
        long budget = 64L * 1024 * 1024;
        assertThat(ImageIoImages.subsampling(1000, 800, 4, longSide(600), budget)).isEqualTo(1);
        assertThat(ImageIoImages.subsampling(6300, 6300, 8, longSide(600), budget)).isEqualTo(5);
        // a wide panorama for a 770 px hero: the height alone would not subsample, the memory does
        assertThat(ImageIoImages.subsampling(20_000, 2_000, 4, heightOf(770), budget)).isEqualTo(2);
    }

    private static ImageIoImages.Target longSide(int side) {
        return ImageIoImages.Target.longSide(side);
    }

    private static ImageIoImages.Target heightOf(int side) {
        return ImageIoImages.Target.height(side);
    }

    @Test
    void a_request_that_cannot_get_a_decoding_slot_is_told_to_come_back() throws Exception {
        ImageIoImages one = new ImageIoImages(ImageIoImages.Limits.forHeap(Runtime.getRuntime().maxMemory())
                .withSlots(1, Duration.ofMillis(50)));
        Optional<AutoCloseable> held = one.holdSlot();
        assertThat(held).isPresent();
        try (AutoCloseable slot = held.get()) {
            assertThatThrownBy(() -> one.toPng(SampleImages.png(10, 10), 600))
                    .isInstanceOfSatisfying(Overloaded.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(5)));
            assertThat(one.statistics().refusedBusy()).isEqualTo(1);
        }
        assertThat(one.toPng(SampleImages.png(10, 10), 600).width()).isEqualTo(10);
    }

    @Test
    void squares_are_cover_cropped_from_the_centre_as_webp_one_per_side() throws IOException {
        // 300 × 200: the centred square is x 50..250; its top-left corner lies inside the blue quarter
        byte[] upload = SampleImages.jpeg(300, 200);

        Images.SquareSet set = images.toSquareWebp(upload, FORTY_MP, 500, 100);

        assertThat(set.images()).extracting(Images.Square::side).containsExactly(500, 100);
        for (Images.Square square : set.images()) {
            assertThat(ImageIoImages.typeOf(square.content())).contains(ImageType.WEBP);
            BufferedImage back = read(square.content());
            assertThat(back.getWidth()).isEqualTo(square.side());
            assertThat(back.getHeight()).isEqualTo(square.side());
            int s = square.side();
            assertThat(SampleImages.isBlue(back.getRGB(s / 10, s / 10))).isTrue();
            assertThat(SampleImages.isBlue(back.getRGB(s - s / 10, s - s / 10))).isFalse();
        }
    }

    @Test
    void squares_are_made_from_the_upright_image() throws IOException {
        byte[] rotated = SampleImages.withExifOrientation(SampleImages.jpeg(200, 200), 6); // 90° clockwise
        BufferedImage back = read(images.toSquareWebp(rotated, FORTY_MP, 100).side(100).content());
        // the stored top-left (blue) quarter is displayed at the top right
        assertThat(SampleImages.isBlue(back.getRGB(90, 10))).isTrue();
        assertThat(SampleImages.isBlue(back.getRGB(10, 10))).isFalse();
    }

    @Test
    void heroes_are_progressive_jpegs_at_most_the_height_never_upscaled() throws IOException {
        Images.Jpeg tall = images.toProgressiveJpeg(SampleImages.png(1600, 1000), 770, FORTY_MP);
        assertThat(tall.height()).isEqualTo(770);
        assertThat(tall.width()).isEqualTo(1232);
        assertThat(ImageIoImages.typeOf(tall.content())).contains(ImageType.JPEG);
        assertThat(isProgressive(tall.content())).isTrue();
        assertThat(new String(tall.content(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");

        Images.Jpeg small = images.toProgressiveJpeg(SampleImages.withExifOrientation(SampleImages.jpeg(400, 300), 6), 770, FORTY_MP);
        assertThat(small.width()).isEqualTo(300);
        assertThat(small.height()).isEqualTo(400);
        assertThat(read(small.content()).getHeight()).isEqualTo(400);
    }

    @Test
    void a_quarter_turned_photo_is_subsampled_for_its_upright_height() throws IOException {
        // stored 4000 × 3000 with EXIF orientation 6: upright it is 3000 × 4000, so 770 px high needs 1/2 only
        byte[] photo = SampleImages.withExifOrientation(SampleImages.jpeg(4000, 3000), 6);

        Images.Jpeg hero = images.toProgressiveJpeg(photo, 770, FORTY_MP);

        assertThat(hero.height()).isEqualTo(770);
        assertThat(hero.width()).isEqualTo(578);
        ImageIoImages.Decode decode = images.statistics().lastDecode().orElseThrow();
        assertThat(decode.subsampling()).isEqualTo(2);
        assertThat(decode.decodedWidth()).isEqualTo(2000);
    }

    @Test
    void inspect_answers_the_type_and_header_size_and_refuses_what_does_not_decode() {
        Images.Inspected inspected = images.inspect(SampleImages.jpeg(640, 480), FORTY_MP);
        assertThat(inspected).isEqualTo(new Images.Inspected(ImageType.JPEG, 640, 480));
        assertThat(images.inspect(SampleImages.png(30, 20), 600)).isEqualTo(new Images.Inspected(ImageType.PNG, 30, 20));
        assertThatThrownBy(() -> images.inspect(SampleImages.png(30, 21), 600)).isInstanceOf(PayloadTooLarge.class);
        byte[] jpeg = SampleImages.jpeg(400, 300);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThatThrownBy(() -> images.inspect(truncated, FORTY_MP)).isInstanceOf(UnsupportedMedia.class);
        assertThatThrownBy(() -> images.inspect("hello".getBytes(), FORTY_MP)).isInstanceOf(UnsupportedMedia.class);
    }

    private static boolean isProgressive(byte[] jpeg) {
        // SOF2 (progressive DCT) marker present, SOF0 (baseline) absent
        boolean sof2 = false;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC2) sof2 = true;
        }
        return sof2;
    }
}
