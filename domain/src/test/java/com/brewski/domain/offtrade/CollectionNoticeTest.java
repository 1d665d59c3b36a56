package com.brewski.domain.offtrade;

import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notification state machine of one routed team: pending → notified, resends move notifiedAt. */
class CollectionNoticeTest {
    private static final Instant T1 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-01T10:00:00Z");
    private final CollectionNotice pending = CollectionNotice.pending(new CollectionRequestId(7), new TeamId(UUID.randomUUID()));

    @Test
    void a_routed_team_starts_pending() {
        assertThat(pending.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(pending.notifiedAt()).isNull();
    }

    @Test
    void a_sent_email_makes_it_notified_at_the_time_it_went_out() {
        CollectionNotice notified = pending.after(new Delivery.Sent(T1));
        assertThat(notified.status()).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(notified.notifiedAt()).isEqualTo(T1);
        assertThat(notified.requestId()).isEqualTo(pending.requestId());
        assertThat(notified.teamId()).isEqualTo(pending.teamId());
    }

    @Test
    void a_failed_delivery_leaves_it_pending() {
        assertThat(pending.after(new Delivery.Failed("connection refused"))).isEqualTo(pending);
    }

    @Test
    void a_team_without_a_contact_email_stays_pending() {
        assertThat(pending.after(new Delivery.NoContactEmail())).isEqualTo(pending);
    }

    @Test
    void a_resend_moves_notified_at_on() {
        CollectionNotice resent = pending.after(new Delivery.Sent(T1)).after(new Delivery.Sent(T2));
        assertThat(resent.status()).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(resent.notifiedAt()).isEqualTo(T2);
    }

    @Test
    void a_failed_resend_keeps_the_last_time_it_went_out() {
        CollectionNotice notified = pending.after(new Delivery.Sent(T1));
        assertThat(notified.after(new Delivery.Failed("timeout"))).isEqualTo(notified);
    }

    @Test
    void notified_at_never_moves_back() {
        CollectionNotice late = pending.after(new Delivery.Sent(T2));
        assertThat(late.after(new Delivery.Sent(T1)).notifiedAt()).isEqualTo(T2);
    }

    @Test
    void status_and_notified_at_go_together() {
        assertThatThrownBy(() -> new CollectionNotice(pending.requestId(), pending.teamId(), NoticeStatus.NOTIFIED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CollectionNotice(pending.requestId(), pending.teamId(), NoticeStatus.PENDING, T1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_resend_needs_the_team_contact_email() {
        TeamSettings without = TeamSettings.defaults("Lantern");
        assertThatThrownBy(() -> CollectionNotice.recipient(without))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.code()).contains("OFFTRADE_CONTACT_EMAIL_MISSING");
                    assertThat(e.field()).isEqualTo("offTradeContactEmail");
                });
        TeamSettings with = new TeamSettings("Lantern", "£", "en-GB", false, null, null, null, null, null, 30,
                without.defaultPaymentTermsUnit(), null, null, new Email("orders@lantern.example"), without.operatingMode());
        assertThat(CollectionNotice.recipient(with)).isEqualTo(new Email("orders@lantern.example"));
    }

    @Test
    void statuses_on_the_wire() {
        assertThat(NoticeStatus.parse("status", "pending")).isEqualTo(NoticeStatus.PENDING);
        assertThat(NoticeStatus.NOTIFIED.wire()).isEqualTo("notified");
        assertThatThrownBy(() -> NoticeStatus.parse("status", "sent")).hasMessage("status must be pending or notified");
    }
}
