package com.brewski.adapters.storage;

import com.brewski.application.shared.Images;
import com.brewski.application.testing.SampleImages;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads checked from their bytes, decoded, turned upright and written as PNG. */
class ImageIoImagesTest {
    /** 1×1 WebP files (lossless, lossy, lossy with alpha), as browsers' feature tests use them. */
    private static final String WEBP_LOSSLESS = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";
    private static final String WEBP_LOSSY = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";
    private static final String WEBP_ALPHA =
            "UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==";

    private final ImageIoImages images = new ImageIoImages();

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height / 2); // top-left quarter blue
        g.dispose();
        return image;
    }

    private static BufferedImage decodePng(byte[] png) throws IOException {
        assertThat(ImageIoImages.typeOf(png)).contains(ImageType.PNG);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void a_small_png_is_kept_at_its_size() throws IOException {
        byte[] upload = SamplePaperwork.encode(picture(120, 80, BufferedImage.TYPE_INT_ARGB), "png");
        Images.Png png = images.toPng(upload, 600);
        assertThat(png.sourceType()).isEqualTo(ImageType.PNG);
        assertThat(png.width()).isEqualTo(120);
        assertThat(png.height()).isEqualTo(80);
        BufferedImage back = decodePng(png.content());
        assertThat(back.getWidth()).isEqualTo(120);
        assertThat(new Color(back.getRGB(10, 10))).isEqualTo(Color.BLUE);
    }

    @Test
    void a_large_jpeg_is_scaled_down_to_fit_keeping_its_proportions() throws IOException {
        byte[] upload = SamplePaperwork.encode(picture(1500, 1000, BufferedImage.TYPE_INT_RGB), "jpeg");
        Images.Png png = images.toPng(upload, 600);
        assertThat(png.sourceType()).isEqualTo(ImageType.JPEG);
        assertThat(png.width()).isEqualTo(600);
        assertThat(png.height()).isEqualTo(400);
        assertThat(decodePng(png.content()).getHeight()).isEqualTo(400);
    }

    @Test
    void webp_uploads_are_read_lossless_lossy_and_with_alpha() throws IOException {
        for (String webp : new String[]{WEBP_LOSSLESS, WEBP_LOSSY, WEBP_ALPHA}) {
            Images.Png png = images.toPng(Base64.getDecoder().decode(webp), 600);
            assertThat(png.sourceType()).isEqualTo(ImageType.WEBP);
            assertThat(png.width()).isEqualTo(1);
            assertThat(decodePng(png.content()).getHeight()).isEqualTo(1);
        }
    }

    @Test
    void an_exif_rotated_jpeg_comes_out_upright() throws IOException {
        byte[] jpeg = SamplePaperwork.encode(picture(200, 100, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] rotated = SampleImages.withExifOrientation(jpeg, 6); // "rotate 90° clockwise to display"

        Images.Png png = images.toPng(rotated, 600);

        assertThat(png.width()).isEqualTo(100);
        assertThat(png.height()).isEqualTo(200);
        BufferedImage upright = decodePng(png.content());
        // the stored top-left (blue) quarter is now at the top right
        assertThat(isBlue(upright.getRGB(90, 10))).isTrue();
        assertThat(isBlue(upright.getRGB(10, 10))).isFalse();
    }

    @Test
    void the_type_comes_from_the_bytes_not_from_a_name_or_declared_type() {
        assertThat(ImageIoImages.typeOf("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThatThrownBy(() -> images.toPng("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8), 600))
                .isInstanceOf(UnsupportedMedia.class).hasMessage("image must be a JPEG, PNG or WebP file");
        assertThatThrownBy(() -> images.toPng(new byte[0], 600)).isInstanceOf(UnsupportedMedia.class);
        byte[] gif = SamplePaperwork.encode(picture(10, 10, BufferedImage.TYPE_INT_RGB), "gif");
        assertThatThrownBy(() -> images.toPng(gif, 600)).isInstanceOf(UnsupportedMedia.class);
    }

    @Test
    void an_image_header_followed_by_garbage_is_refused() {
        byte[] png = SamplePaperwork.encode(picture(50, 50, BufferedImage.TYPE_INT_RGB), "png");
        byte[] pngHead = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> images.toPng(pngHead, 600)).isInstanceOf(UnsupportedMedia.class);
        byte[] jpeg = SamplePaperwork.encode(picture(400, 300, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] truncatedJpeg = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThatThrownBy(() -> images.toPng(truncatedJpeg, 600)).isInstanceOf(UnsupportedMedia.class);
        byte[] truncatedPng = Arrays.copyOf(png, png.length - 20);
        assertThatThrownBy(() -> images.toPng(truncatedPng, 600)).isInstanceOf(UnsupportedMedia.class);
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'h', 'e', 'l', 'l', 'o'};
        assertThatThrownBy(() -> images.toPng(fakeJpeg, 600)).isInstanceOf(UnsupportedMedia.class);
        byte[] fakeWebp = "RIFF\0\0\0\0WEBPnonsense".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> images.toPng(fakeWebp, 600)).isInstanceOf(UnsupportedMedia.class);
    }

    @Test
    void an_image_claiming_huge_dimensions_is_refused_before_it_is_decoded() {
        assertThatThrownBy(() -> images.toPng(pngHeaderOnly(100_000, 100_000), 600))
                .isInstanceOf(PayloadTooLarge.class);
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60;
    }

    /** A PNG signature and an IHDR chunk (valid CRC) for the given size, and nothing else. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }
}
