package com.brewski.application.shared;

import com.brewski.domain.shared.ImageType;

/** Image processing for uploads. */
public interface Images {
    /**
     * Checks an uploaded image — its type decided from its bytes (JPEG, PNG or WebP), then decoded
     * whole to confirm it — and answers it upright (EXIF orientation applied), scaled down to fit
     * {@code maxSide} pixels a side (never up), as a PNG. Anything else, or bytes that do not
     * decode, is {@link com.brewski.domain.shared.UnsupportedMedia}.
     */
    Png toPng(byte[] upload, int maxSide);

    /** A PNG made from an upload of {@code sourceType}. */
    record Png(byte[] content, ImageType sourceType, int width, int height) {}
}
