package com.brewski.application.testing;

import com.brewski.application.shared.Images;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;

import java.nio.charset.StandardCharsets;

/**
 * Images for use-case tests, with no decoding: an upload is the text {@code img:<type>:<width>x<height>}
 * ({@code img:png:1600x900}); anything else is unsupported. Conversions answer {@code jpeg:<upload>}
 * scaled to the height cap.
 */
public final class FakeImages implements Images {
    public static byte[] upload(String type, int width, int height) {
        return ("img:" + type + ":" + width + "x" + height).getBytes(StandardCharsets.ISO_8859_1);
    }

    private record Parsed(ImageType type, int width, int height) {}

    private static Parsed parse(byte[] upload, long maxPixels) {
        String text = new String(upload, StandardCharsets.ISO_8859_1);
        String[] parts = text.split(":");
        if (parts.length != 3 || !parts[0].equals("img")) throw new UnsupportedMedia("image must be a JPEG, PNG or WebP file");
        ImageType type = switch (parts[1]) {
            case "jpeg" -> ImageType.JPEG;
            case "png" -> ImageType.PNG;
            case "webp" -> ImageType.WEBP;
            default -> throw new UnsupportedMedia("image must be a JPEG, PNG or WebP file");
        };
        String[] size = parts[2].split("x");
        int width = Integer.parseInt(size[0]);
        int height = Integer.parseInt(size[1]);
        if ((long) width * height > maxPixels) throw new PayloadTooLarge("image must be at most " + maxPixels / 1_000_000 + " megapixels");
        return new Parsed(type, width, height);
    }

    @Override
    public Png toPng(byte[] upload, int maxSide) {
        Parsed p = parse(upload, 40_000_000L);
        return new Png(("png:" + new String(upload, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1), p.type(), p.width(), p.height());
    }

    @Override
    public SquareSet toSquareWebp(byte[] upload, long maxPixels, int... sides) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Jpeg toProgressiveJpeg(byte[] upload, int maxHeight, long maxPixels) {
        Parsed p = parse(upload, maxPixels);
        int height = Math.min(p.height(), maxHeight);
        int width = (int) Math.round((double) p.width() * height / p.height());
        return new Jpeg(("jpeg:" + new String(upload, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1), width, height);
    }

    @Override
    public Inspected inspect(byte[] upload, long maxPixels) {
        Parsed p = parse(upload, maxPixels);
        return new Inspected(p.type(), p.width(), p.height());
    }
}
