package com.brewski.application.shared;

import com.brewski.domain.shared.ImageType;

import java.util.List;
import java.util.Objects;

/**
 * The one image pipeline every image upload goes through (team logos, upsell, promotion and hero
 * images). Every operation decides the type from the bytes (JPEG, PNG or WebP, else
 * {@link com.brewski.domain.shared.UnsupportedMedia}), reads the dimensions from the header before
 * any pixel is decoded and refuses more than the caller's pixel cap (or more pixel memory than the
 * pipeline allows) with {@link com.brewski.domain.shared.PayloadTooLarge}, decodes with
 * subsampling when the source is much larger than the target, applies the EXIF orientation, and
 * runs only while it holds one of a bounded number of decoding slots: a request that cannot get one
 * within a few seconds is {@link com.brewski.domain.shared.Overloaded} (503 with Retry-After).
 */
public interface Images {
    /** Logos: upright, scaled down to fit {@code maxSide} a side (never up), as a PNG; 40 megapixels at most. */
    Png toPng(byte[] upload, int maxSide);

    /**
     * Upsells: one square per side, cover-cropped (centred) from the upright image, as WebP, in the
     * order of {@code sides}.
     */
    SquareSet toSquareWebp(byte[] upload, long maxPixels, int... sides);

    /** Heroes: upright, at most {@code maxHeight} high (never upscaled), as a progressive JPEG (quality 0.85) without EXIF. */
    Jpeg toProgressiveJpeg(byte[] upload, int maxHeight, long maxPixels);

    /**
     * Promotions (stored as uploaded): the type from the bytes and the header dimensions, checked
     * against {@code maxPixels}, and the image verified to decode, under the same guard.
     */
    Inspected inspect(byte[] upload, long maxPixels);

    /** A PNG made from an upload of {@code sourceType}. */
    record Png(byte[] content, ImageType sourceType, int width, int height) {}

    /** The squares of {@link #toSquareWebp}, one per requested side, in that order. */
    record SquareSet(List<Square> images) {
        public SquareSet {
            images = List.copyOf(images);
        }

        public Square side(int side) {
            return images.stream().filter(s -> s.side() == side).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no square of side " + side));
        }
    }

    /** A square WebP image {@code side} × {@code side}. */
    record Square(int side, byte[] content) {
        public Square {
            Objects.requireNonNull(content, "content");
        }

        public String contentType() {
            return ImageType.WEBP.contentType();
        }
    }

    /** A JPEG of {@code width} × {@code height}. */
    record Jpeg(byte[] content, int width, int height) {
        public String contentType() {
            return ImageType.JPEG.contentType();
        }
    }

    /** What {@link #inspect} found: the type decided from the bytes and the header dimensions. */
    record Inspected(ImageType type, int width, int height) {}
}
