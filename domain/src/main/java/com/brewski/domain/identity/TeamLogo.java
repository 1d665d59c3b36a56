package com.brewski.domain.identity;

import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;

import java.util.Objects;
import java.util.UUID;

/**
 * The rules of a team's logo: a JPEG, PNG or WebP of at most 5 MB is uploaded; what is stored is
 * that image checked, turned upright and scaled to fit {@value #MAX_SIDE} pixels a side, as a PNG,
 * under a key of its own (a new key per upload, so caches never serve a replaced logo).
 */
public final class TeamLogo {
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    public static final int MAX_SIDE = 600;
    public static final ImageType STORED_TYPE = ImageType.PNG;
    static final String TOO_LARGE = "image must be at most 5 MB";
    static final String UNSUPPORTED = "image must be a JPEG, PNG or WebP file";

    private TeamLogo() {}

    /** Refuses an empty upload (400 is for fields; an empty file is not an image: 415) or one over 5 MB (413). */
    public static void checkUpload(long bytes) {
        if (bytes > MAX_UPLOAD_BYTES) throw tooLarge();
        if (bytes <= 0) throw unsupported();
    }

    public static PayloadTooLarge tooLarge() {
        return new PayloadTooLarge(TOO_LARGE);
    }

    public static UnsupportedMedia unsupported() {
        return new UnsupportedMedia(UNSUPPORTED);
    }

    /** {@code logos/<teamId>/<version>.png}. */
    public static String keyFor(TeamId teamId, UUID version) {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(version, "version");
        return "logos/" + teamId.value() + "/" + version + "." + STORED_TYPE.extension();
    }
}
