package com.brewski.domain.promotions;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What an operator says about a promotion: the promoted team, when it starts, and the texts and
 * styling drawn over its image. Text fields are trimmed and a blank one is null; the titles hold at
 * most {@value #MAX_TITLE} characters and the descriptions at most {@value #MAX_DESCRIPTION}. The
 * background overlay only means something when the text needs a background, so it is dropped
 * otherwise.
 */
public record PromotionDetails(TeamId teamId, Instant startsAt, String mainTitle, String mainDescription,
                               String imageTitle, String imageDescription, boolean textNeedsBackground,
                               TextBackground textBackground, TextColor textColor) {
    public static final int MAX_TITLE = 160;
    public static final int MAX_DESCRIPTION = 5000;
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    public PromotionDetails {
        if (teamId == null) throw new InvalidField("teamId", "teamId is required");
        if (startsAt == null) throw new InvalidField("startsAt", "startsAt is required");
        mainTitle = Text.optional("mainTitle", mainTitle, MAX_TITLE);
        imageTitle = Text.optional("imageTitle", imageTitle, MAX_TITLE);
        mainDescription = Text.optional("mainDescription", mainDescription, MAX_DESCRIPTION);
        imageDescription = Text.optional("imageDescription", imageDescription, MAX_DESCRIPTION);
        if (!textNeedsBackground) textBackground = null;
    }

    /** The same details with the supplied fields of {@code change} applied (and checked again). */
    public PromotionDetails with(PromotionChange change) {
        return new PromotionDetails(
                change.teamId().orElse(teamId),
                change.startsAt().orElse(startsAt),
                change.mainTitle().orElse(mainTitle),
                change.mainDescription().orElse(mainDescription),
                change.imageTitle().orElse(imageTitle),
                change.imageDescription().orElse(imageDescription),
                Boolean.TRUE.equals(change.textNeedsBackground().orElse(textNeedsBackground)),
                change.textBackground().orElse(textBackground),
                change.textColor().orElse(textColor));
    }

    /**
     * A start time as the contract takes it: ISO-8601 with a zone or offset
     * ({@code 2025-04-01T08:00:00.000Z}, {@code 2025-04-01T10:00+02:00}), or a local
     * {@code YYYY-MM-DDTHH:mm} (seconds optional) read as UTC. Anything else names the field.
     */
    public static Instant parseStartsAt(String field, String raw) {
        String value = raw == null ? "" : raw.strip();
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                instant = LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw invalidStart(field);
            }
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < MIN_YEAR || year > MAX_YEAR) throw invalidStart(field);
        return instant;
    }

    private static InvalidField invalidStart(String field) {
        return new InvalidField(field, field + " must be an ISO-8601 timestamp with a time zone, or YYYY-MM-DDTHH:mm (UTC)");
    }
}
