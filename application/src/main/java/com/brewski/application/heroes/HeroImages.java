package com.brewski.application.heroes;

import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.heroes.HeroImage;
import com.brewski.domain.shared.Unavailable;

/**
 * The hero image pipeline's use: an upload of at most 8 MB (413) becomes, before any transaction
 * opens, an upright progressive JPEG at most 770 px high (the original is never stored); more than
 * 50 megapixels is refused from the header (413), anything but JPEG, PNG or WebP is 415.
 */
final class HeroImages {
    private HeroImages() {}

    static Images.Jpeg convert(Images images, byte[] upload) {
        HeroImage.checkUpload(upload.length);
        return images.toProgressiveJpeg(upload, HeroImage.MAX_HEIGHT, HeroImage.MAX_PIXELS);
    }

    static void deleteQuietly(ObjectStore objects, String key) {
        try {
            objects.delete(key);
        } catch (Unavailable e) {
            // an unreferenced object stays behind; the store has logged why
        }
    }
}
