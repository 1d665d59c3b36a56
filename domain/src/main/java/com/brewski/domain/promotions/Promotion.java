package com.brewski.domain.promotions;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.PayloadTooLarge;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A homepage promotion: a team featured on the storefront from {@code startsAt}, with an image
 * stored as uploaded. At most one promotion is the platform default, shown when none has started.
 */
public final class Promotion {
    /** Uploads larger than this are refused (413). */
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    /** Larger images are refused from their header, before they are decoded (413). */
    public static final long MAX_PIXELS = 50_000_000L;
    private static final Pattern KEY = Pattern.compile("promotions/[0-9a-f-]{36}-(\\d+)\\.[a-z]+");

    private final PromotionId id;
    private PromotionDetails details;
    private String imageKey;
    private boolean isDefault;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private Promotion(PromotionId id, PromotionDetails details, String imageKey, boolean isDefault, UserId createdBy,
                      Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.imageKey = Objects.requireNonNull(imageKey, "imageKey");
        this.isDefault = isDefault;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new promotion; it is the default when {@code noDefaultYet} (the first one created while no
     * promotion is the default becomes it).
     */
    public static Promotion create(PromotionId id, PromotionDetails details, String imageKey, UserId createdBy,
                                   boolean noDefaultYet, Instant now) {
        return new Promotion(id, details, imageKey, noDefaultYet, createdBy, now, now);
    }

    /** Rebuilds a promotion from storage; used only by persistence adapters. */
    public static Promotion restore(PromotionId id, PromotionDetails details, String imageKey, boolean isDefault,
                                    UserId createdBy, Instant createdAt, Instant updatedAt) {
        return new Promotion(id, details, imageKey, isDefault, createdBy, createdAt, updatedAt);
    }

    /** Refuses an upload over {@link #MAX_UPLOAD_BYTES} before any work is done on it. */
    public static void checkUpload(long size) {
        if (size > MAX_UPLOAD_BYTES) throw new PayloadTooLarge("image must be at most 5 MB");
    }

    /** The key of a promotion's first image: {@code promotions/<id>-<epochSeconds>.<ext>}. */
    public static String imageKeyFor(PromotionId id, ImageType type, Instant now) {
        return "promotions/" + id + "-" + now.getEpochSecond() + "." + type.extension();
    }

    /**
     * The key of an image replacing this promotion's: never the key it has now (a replacement in the
     * same second takes the next second), so deleting the replaced object cannot delete the new one.
     */
    public String nextImageKey(ImageType type, Instant now) {
        long seconds = now.getEpochSecond();
        Matcher current = KEY.matcher(imageKey);
        if (current.matches()) seconds = Math.max(seconds, Long.parseLong(current.group(1)) + 1);
        return "promotions/" + id + "-" + seconds + "." + type.extension();
    }

    public void change(PromotionChange change, Instant now) {
        this.details = details.with(change);
        this.updatedAt = now;
    }

    public void replaceImage(String imageKey, Instant now) {
        this.imageKey = Objects.requireNonNull(imageKey, "imageKey");
        this.updatedAt = now;
    }

    void markDefault(boolean isDefault, Instant now) {
        this.isDefault = isDefault;
        this.updatedAt = now;
    }

    /** The default promotion cannot be deleted: another one must become the default first. */
    public void requireDeletable() {
        if (isDefault)
            throw new InvalidField("id", "The default promotion cannot be deleted; make another promotion the default first");
    }

    public PromotionId id() { return id; }
    public PromotionDetails details() { return details; }
    public TeamId teamId() { return details.teamId(); }
    public Instant startsAt() { return details.startsAt(); }
    public String imageKey() { return imageKey; }
    public boolean isDefault() { return isDefault; }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
