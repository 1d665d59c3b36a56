package com.brewski.application.offtrade;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.OffTradeFixture;
import com.brewski.application.testing.SettingsChanges;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.RateLimited;
import com.brewski.domain.shared.Unavailable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.application.testing.OffTradeFixture.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResendCollectionNoticeTest {
    private final OffTradeFixture f = new OffTradeFixture();
    private final Caller ann = f.user("ann@lantern.example");
    private final Team lantern = f.brewery(ann, "Lantern", "orders@lantern.example", "BS1");
    private final Caller hal = f.user("hal@harbour.example");
    private final Team harbour = f.brewery(hal, "Harbour", null, "BS");
    private final Team bath = f.brewery(f.user("bea@bath.example"), "Bath Ales", "hello@bath.example", "BA");
    private final CollectionRequestId id;

    ResendCollectionNoticeTest() {
        f.mailer.failFor("orders@lantern.example");
        id = f.requestCollection.submit(submission("Corner Deli", "BS1 4DJ"), "10.0.0.1").request().id();
        f.mailer.recover("orders@lantern.example");
        f.clock.advance(Duration.ofMinutes(3));
    }

    private NoticeStatus status(TeamId team) {
        return f.requests.routedTo(id, team).orElseThrow().notice().status();
    }

    @Test
    void a_resend_emails_the_team_again_and_makes_it_notified_now() {
        assertThat(status(lantern.id())).isEqualTo(NoticeStatus.PENDING);
        CollectionNotice resent = f.resend.resend(ann, id, lantern.id(), "10.0.0.2");
        assertThat(resent.status()).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(resent.notifiedAt()).isEqualTo(f.clock.instant());
        assertThat(status(lantern.id())).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(f.mailer.sentTo("orders@lantern.example")).hasSize(1);
        assertThat(f.activity.list(lantern.id(), "marketing", PageRequest.DEFAULT).results()).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo("offtrade.notification.retry");
                    assertThat(e.actorId()).isEqualTo(ann.userId());
                });
    }

    @Test
    void a_second_resend_moves_notified_at_on() {
        f.resend.resend(ann, id, lantern.id(), "10.0.0.2");
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.resend.resend(ann, id, lantern.id(), "10.0.0.2").notifiedAt()).isEqualTo(f.clock.instant());
        assertThat(f.mailer.sentTo("orders@lantern.example")).hasSize(2);
    }

    @Test
    void a_team_without_contact_email_gets_the_contact_email_missing_error() {
        assertThatThrownBy(() -> f.resend.resend(hal, id, harbour.id(), "10.0.0.2"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.code()).contains("OFFTRADE_CONTACT_EMAIL_MISSING"));
        assertThat(status(harbour.id())).isEqualTo(NoticeStatus.PENDING);
    }

    @Test
    void once_the_contact_email_is_set_the_resend_goes_out() {
        f.identity.manageSettings.update(hal, harbour.id(), SettingsChanges.offTrade("sales@harbour.example", "BS"), Optional.empty());
        f.resend.resend(hal, id, harbour.id(), "10.0.0.2");
        assertThat(status(harbour.id())).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(f.mailer.sentTo("sales@harbour.example")).hasSize(1);
    }

    @Test
    void an_unknown_request_and_one_not_routed_to_the_team_are_not_found() {
        assertThatThrownBy(() -> f.resend.resend(ann, new CollectionRequestId(999), lantern.id(), "10.0.0.2"))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).contains("OFFTRADE_REQUEST_NOT_FOUND"));
        Caller admin = f.platformAdmin("support@brewski.example");
        assertThatThrownBy(() -> f.resend.resend(admin, id, bath.id(), "10.0.0.2"))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).contains("OFFTRADE_REQUEST_NOT_FOUND"));
    }

    @Test
    void members_who_are_not_owners_or_admins_may_not_resend() {
        Caller member = f.member(ann, lantern.id(), "mo@lantern.example", TeamRole.MEMBER);
        assertThatThrownBy(() -> f.resend.resend(member, id, lantern.id(), "10.0.0.2")).isInstanceOf(Forbidden.class);
        Caller admin = f.member(ann, lantern.id(), "al@lantern.example", TeamRole.ADMIN);
        assertThat(f.resend.resend(admin, id, lantern.id(), "10.0.0.2").status()).isEqualTo(NoticeStatus.NOTIFIED);
    }

    @Test
    void other_teams_are_forbidden_and_platform_staff_may_resend_for_any_team() {
        assertThatThrownBy(() -> f.resend.resend(hal, id, lantern.id(), "10.0.0.2")).isInstanceOf(Forbidden.class);
        Caller admin = f.platformAdmin("support@brewski.example");
        assertThat(f.resend.resend(admin, id, lantern.id(), "10.0.0.2").status()).isEqualTo(NoticeStatus.NOTIFIED);
        assertThatThrownBy(() -> f.resend.resend(admin, id, new TeamId(UUID.randomUUID()), "10.0.0.2"))
                .isInstanceOf(NotFound.class).hasMessage("Team not found");
    }

    @Test
    void a_failed_resend_is_unavailable_and_changes_nothing() {
        f.mailer.failFor("orders@lantern.example");
        assertThatThrownBy(() -> f.resend.resend(ann, id, lantern.id(), "10.0.0.2")).isInstanceOf(Unavailable.class);
        assertThat(status(lantern.id())).isEqualTo(NoticeStatus.PENDING);
        assertThat(f.activity.list(lantern.id(), null, PageRequest.DEFAULT).results()).isEmpty();
    }

    @Test
    void one_address_may_retry_five_times_per_ten_minutes() {
        for (int i = 0; i < 5; i++) f.resend.resend(ann, id, lantern.id(), "10.0.0.3");
        assertThatThrownBy(() -> f.resend.resend(ann, id, lantern.id(), "10.0.0.3"))
                .isInstanceOfSatisfying(RateLimited.class, e -> assertThat(e.code()).contains("OFFTRADE_RATE_LIMITED"));
    }
}
