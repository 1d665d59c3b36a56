package com.brewski.domain.shop;

import com.brewski.domain.shared.NotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An accessory promoted in the shop, with its images. Exactly one image is the default while there
 * are any: the first uploaded becomes it, an upload or a change may move it, and deleting it makes
 * the first remaining image (in upload order) the default.
 */
public final class Upsell {
    public static final String NOT_FOUND = "Upsell not found";
    public static final String IMAGE_NOT_FOUND = "Upsell image not found";

    private final UUID id;
    private UpsellDetails details;
    private final List<UpsellImage> images;
    private final Instant createdAt;
    private Instant updatedAt;

    private Upsell(UUID id, UpsellDetails details, List<UpsellImage> images, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.images = new ArrayList<>(images);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static Upsell create(UUID id, UpsellDetails details, Instant now) {
        return new Upsell(id, details, List.of(), now, now);
    }

    /** Rebuilds an upsell from storage (images in upload order); used only by persistence adapters. */
    public static Upsell restore(UUID id, UpsellDetails details, List<UpsellImage> images, Instant createdAt, Instant updatedAt) {
        return new Upsell(id, details, images, createdAt, updatedAt);
    }

    public void change(UpsellDetails details, Instant now) {
        this.details = Objects.requireNonNull(details);
        this.updatedAt = now;
    }

    /** Adds an image; it becomes the default when it is the first or {@code makeDefault} asks. */
    public UpsellImage addImage(UUID imageId, boolean makeDefault, Instant now) {
        boolean isDefault = images.isEmpty() || makeDefault;
        if (isDefault) clearDefault();
        UpsellImage image = new UpsellImage(imageId, id, isDefault, now);
        images.add(image);
        updatedAt = now;
        return image;
    }

    public void makeDefault(UUID imageId, Instant now) {
        int at = indexOf(imageId);
        clearDefault();
        images.set(at, images.get(at).asDefault(true));
        updatedAt = now;
    }

    /** Removes an image; when it was the default, the first remaining one becomes the default. */
    public UpsellImage removeImage(UUID imageId, Instant now) {
        UpsellImage removed = images.remove(indexOf(imageId));
        if (removed.isDefault() && !images.isEmpty()) images.set(0, images.getFirst().asDefault(true));
        updatedAt = now;
        return removed;
    }

    private void clearDefault() {
        images.replaceAll(image -> image.isDefault() ? image.asDefault(false) : image);
    }

    private int indexOf(UUID imageId) {
        for (int i = 0; i < images.size(); i++) if (images.get(i).id().equals(imageId)) return i;
        throw new NotFound(IMAGE_NOT_FOUND);
    }

    public UUID id() { return id; }
    public UpsellDetails details() { return details; }
    public List<UpsellImage> images() { return List.copyOf(images); }
    public Optional<UpsellImage> defaultImage() { return images.stream().filter(UpsellImage::isDefault).findFirst(); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
