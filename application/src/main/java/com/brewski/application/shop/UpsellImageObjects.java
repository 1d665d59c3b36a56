package com.brewski.application.shop;

import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.Unavailable;
import com.brewski.domain.shop.UpsellImage;

import java.util.List;

/** Deleting an upsell image's two stored objects once the row change has committed. */
final class UpsellImageObjects {
    private UpsellImageObjects() {}

    static void deleteQuietly(ObjectStore objects, List<UpsellImage> images) {
        for (UpsellImage image : images) {
            for (String key : List.of(image.mainKey(), image.iconKey())) {
                try {
                    objects.delete(key);
                } catch (Unavailable e) {
                    // an unreferenced object stays behind; the store has logged why
                }
            }
        }
    }
}
