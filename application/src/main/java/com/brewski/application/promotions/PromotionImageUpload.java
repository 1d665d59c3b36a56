package com.brewski.application.promotions;

import com.brewski.application.shared.Images;
import com.brewski.domain.promotions.Promotion;

/**
 * An uploaded promotion image, checked before any transaction opens: at most 5 MB (413), a JPEG,
 * PNG or WebP by its bytes (415) of at most 50 megapixels (413). Stored as uploaded.
 */
record PromotionImageUpload(byte[] content, Images.Inspected inspected) {
    static PromotionImageUpload check(byte[] content, Images images) {
        Promotion.checkUpload(content.length);
        return new PromotionImageUpload(content, images.inspect(content, Promotion.MAX_PIXELS));
    }
}
