package com.brewski.domain.heroes;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.PayloadTooLarge;

import java.util.Objects;

/**
 * A slide's stored image: a progressive JPEG at most {@value #MAX_HEIGHT} px high, under
 * {@code platform/hero-<epochMillis>.jpg}; the original upload is never stored.
 */
public record HeroImage(String key, int width, int height) {
    public static final int MAX_HEIGHT = 770;
    /** Uploads larger than this are refused (413). */
    public static final long MAX_UPLOAD_BYTES = 8L * 1024 * 1024;
    /** Larger images are refused from their header, before they are decoded (413). */
    public static final long MAX_PIXELS = 50_000_000L;
    public static final String CONTENT_TYPE = "image/jpeg";

    public HeroImage {
        Objects.requireNonNull(key, "key");
        if (width < 1 || height < 1 || height > MAX_HEIGHT) throw new IllegalArgumentException("hero image size " + width + "x" + height);
    }

    public static String keyFor(long epochMillis) {
        return "platform/hero-" + epochMillis + ".jpg";
    }

    /** Refuses an upload over {@link #MAX_UPLOAD_BYTES} before any work is done on it. */
    public static void checkUpload(long size) {
        if (size > MAX_UPLOAD_BYTES) throw new PayloadTooLarge("image must be at most 8 MB");
        if (size == 0) throw new InvalidField("image", "image is required");
    }
}
