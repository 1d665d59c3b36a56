package com.brewski.domain.offtrade;

import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.shared.InvalidField;

import java.time.Instant;
import java.util.Objects;

/**
 * One routed team's notification of a request: {@code pending} until an email to its
 * {@code offTradeContactEmail} went out, then {@code notified} with the time it went out. A resend
 * moves {@code notifiedAt} on; a failed or impossible delivery changes nothing.
 */
public record CollectionNotice(CollectionRequestId requestId, TeamId teamId, NoticeStatus status, Instant notifiedAt) {
    public static final String CONTACT_EMAIL_MISSING = "OFFTRADE_CONTACT_EMAIL_MISSING";

    public CollectionNotice {
        Objects.requireNonNull(requestId);
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(status);
        if ((status == NoticeStatus.NOTIFIED) != (notifiedAt != null))
            throw new IllegalArgumentException("a notice has notifiedAt exactly when it is notified");
    }

    /** A request just routed to a team. */
    public static CollectionNotice pending(CollectionRequestId requestId, TeamId teamId) {
        return new CollectionNotice(requestId, teamId, NoticeStatus.PENDING, null);
    }

    /** The notice after a delivery attempt. */
    public CollectionNotice after(Delivery delivery) {
        return switch (delivery) {
            case Delivery.Sent sent -> new CollectionNotice(requestId, teamId, NoticeStatus.NOTIFIED,
                    notifiedAt == null || sent.at().isAfter(notifiedAt) ? sent.at() : notifiedAt);
            case Delivery.Failed failed -> this;
            case Delivery.NoContactEmail none -> this;
        };
    }

    /**
     * Where a resend goes: the team's contact email, or a 400 {@value #CONTACT_EMAIL_MISSING} when the
     * team has none (it is set in the team's settings).
     */
    public static Email recipient(TeamSettings settings) {
        Email to = settings.offTradeContactEmail();
        if (to == null)
            throw new InvalidField("offTradeContactEmail",
                    "the team has no offTradeContactEmail: set it in the team's settings", CONTACT_EMAIL_MISSING);
        return to;
    }
}
