package com.brewski.adapters.storage;

import com.brewski.application.shared.Images;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Image checks and conversion with ImageIO (TwelveMonkeys readers for JPEG and WebP) and
 * Thumbnailator. The type is decided from the file's first bytes, never from a declared content
 * type; the image is then decoded whole by a reader of that type (so a PNG named .jpg, a truncated
 * file or a text file with an image header is refused), its dimensions checked before decoding
 * (no decompression bombs), EXIF orientation applied, and the result scaled and written as PNG.
 */
public final class ImageIoImages implements Images {
    /** Larger images are refused before they are decoded: 40 megapixels take 160 MB as pixels. */
    static final long MAX_PIXELS = 40_000_000L;
    private static final String UNSUPPORTED = "image must be a JPEG, PNG or WebP file";
    private static final Pattern TRUNCATED = Pattern.compile("(?i)truncated|premature end");

    public ImageIoImages() {
        ImageIO.setUseCache(false); // decode in memory, not through temporary files
    }

    @Override
    public Png toPng(byte[] upload, int maxSide) {
        if (maxSide < 1) throw new IllegalArgumentException("maxSide must be positive");
        ImageType type = typeOf(upload).orElseThrow(() -> new UnsupportedMedia(UNSUPPORTED));
        Decoded decoded = decode(upload, type);
        BufferedImage image = decoded.image();
        try {
            Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image);
            decoded.orientation().ifPresent(builder::addFilter);
            if (Math.max(image.getWidth(), image.getHeight()) > maxSide) builder.size(maxSide, maxSide);
            else builder.scale(1.0);
            BufferedImage scaled = builder.asBufferedImage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(scaled, "png", out)) throw new IllegalStateException("no PNG writer");
            return new Png(out.toByteArray(), type, scaled.getWidth(), scaled.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG, PNG or WebP by their signatures, else empty. */
    static Optional<ImageType> typeOf(byte[] bytes) {
        if (bytes == null) return Optional.empty();
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) return Optional.of(ImageType.JPEG);
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(ImageType.PNG);
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) return Optional.of(ImageType.WEBP);
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }

    /** The pixels, and the filter that turns them upright when EXIF says they are rotated. */
    private record Decoded(BufferedImage image, Optional<ImageFilter> orientation) {}

    private static Decoded decode(byte[] bytes, ImageType type) {
        ImageReader reader = readerFor(type);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, false);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) throw new PayloadTooLarge("image must be at most 40 megapixels");
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) throw new UnsupportedMedia(UNSUPPORTED);
            // readers fill a cut-off image with grey and only warn; other warnings (stray bytes
            // between markers, odd colour profiles) are common in real photos and harmless
            if (warnings.stream().anyMatch(w -> TRUNCATED.matcher(w).find())) throw new UnsupportedMedia(UNSUPPORTED);
            return new Decoded(image, type == ImageType.JPEG ? jpegOrientation(bytes) : Optional.empty());
        } catch (IOException | RuntimeException e) {
            if (e instanceof PayloadTooLarge || e instanceof UnsupportedMedia) throw (RuntimeException) e;
            throw new UnsupportedMedia(UNSUPPORTED);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The filter that turns an EXIF-rotated JPEG upright, when its APP1 Exif segment says it is
     * rotated or mirrored. Read from the file's marker segments, so it does not depend on how a
     * given ImageIO reader reports metadata.
     */
    static Optional<ImageFilter> jpegOrientation(byte[] jpeg) {
        int at = 2; // after SOI
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) return Optional.empty();
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) { at++; continue; } // fill byte
            if (marker == 0xDA || marker == 0xD9) return Optional.empty(); // image data: no metadata after this
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > jpeg.length) return Optional.empty();
            if (marker == 0xE1 && length >= 8 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x' && jpeg[at + 6] == 'i'
                    && jpeg[at + 7] == 'f') {
                try {
                    Orientation orientation = ExifUtils.getOrientationFromExif(Arrays.copyOfRange(jpeg, at + 4, at + 2 + length));
                    if (orientation == null || orientation == Orientation.TOP_LEFT) return Optional.empty();
                    return Optional.ofNullable(ExifFilterUtils.getFilterForOrientation(orientation));
                } catch (RuntimeException e) {
                    return Optional.empty(); // unreadable Exif: the pixels as stored
                }
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    private static ImageReader readerFor(ImageType type) {
        String format = switch (type) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case WEBP -> "webp";
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) throw new IllegalStateException("no ImageIO reader for " + format + " on the classpath");
        return readers.next();
    }

    // Placeholders until the image pipeline of the shop-administration branch is merged (it owns these).
    @Override
    public SquareSet toSquareWebp(byte[] upload, long maxPixels, int... sides) {
        throw new UnsupportedOperationException("not merged yet");
    }

    @Override
    public Jpeg toProgressiveJpeg(byte[] upload, int maxHeight, long maxPixels) {
        throw new UnsupportedOperationException("not merged yet");
    }

    @Override
    public Inspected inspect(byte[] upload, long maxPixels) {
        throw new UnsupportedOperationException("not merged yet");
    }
}
