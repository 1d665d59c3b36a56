package com.brewski.application.promotions;

import com.brewski.application.shared.ObjectStore;
import com.brewski.domain.shared.Unavailable;

/** Deleting an image object that is no longer referenced: a failure only leaves it behind (the store logs why). */
final class StoredImages {
    private StoredImages() {}

    static void deleteQuietly(ObjectStore objects, String key) {
        try {
            objects.delete(key);
        } catch (Unavailable e) {
            // an unreferenced object stays behind
        }
    }
}
