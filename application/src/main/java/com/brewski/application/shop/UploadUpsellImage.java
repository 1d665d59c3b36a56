package com.brewski.application.shop;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Images;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import com.brewski.domain.shop.Upsell;
import com.brewski.domain.shop.UpsellImage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Adds an image to an upsell: the upload (JPEG, PNG or WebP, at most 5 MB and 40 megapixels) goes
 * through the image pipeline into a 500 × 500 main image and a 100 × 100 icon, cover-cropped and
 * upright, as WebP. Both objects are stored, with the upsell row locked, before the image row
 * points at them; a rollback deletes them again. The first image becomes the default, and
 * {@code setDefault} moves the default to the new one.
 */
public final class UploadUpsellImage {
    private final Upsells upsells;
    private final Images images;
    private final ObjectStore objects;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public UploadUpsellImage(Upsells upsells, Images images, ObjectStore objects, Transactions transactions, Clock clock, Ids ids) {
        this.upsells = upsells;
        this.images = images;
        this.objects = objects;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public Upsell upload(Caller caller, UUID upsellId, byte[] upload, boolean setDefault) {
        PlatformStaff.require(caller);
        transactions.run(() -> upsells.byId(upsellId).orElseThrow(() -> new NotFound(Upsell.NOT_FOUND))); // before any work on the bytes
        if (upload.length > UpsellImage.MAX_UPLOAD_BYTES) throw new PayloadTooLarge("image must be at most 5 MB");
        if (upload.length == 0) throw new UnsupportedMedia("image must be a JPEG, PNG or WebP file");
        Images.SquareSet squares = images.toSquareWebp(upload, UpsellImage.MAX_PIXELS, UpsellImage.MAIN_SIDE, UpsellImage.ICON_SIDE);
        UUID imageId = ids.newId();
        return transactions.inTransaction(() -> {
            Upsell upsell = upsells.byIdForUpdate(upsellId).orElseThrow(() -> new NotFound(Upsell.NOT_FOUND));
            UpsellImage image = upsell.addImage(imageId, setDefault, clock.instant());
            transactions.afterRollback(() -> UpsellImageObjects.deleteQuietly(objects, List.of(image)));
            objects.put(image.mainKey(), squares.side(UpsellImage.MAIN_SIDE).content(), squares.side(UpsellImage.MAIN_SIDE).contentType());
            objects.put(image.iconKey(), squares.side(UpsellImage.ICON_SIDE).content(), squares.side(UpsellImage.ICON_SIDE).contentType());
            upsells.update(upsell);
            return upsell;
        });
    }
}
