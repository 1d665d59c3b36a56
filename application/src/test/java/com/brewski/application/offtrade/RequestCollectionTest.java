package com.brewski.application.offtrade;

import com.brewski.application.identity.Caller;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.Sort;
import com.brewski.application.testing.OffTradeFixture;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.Team;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.NoticeStatus;
import com.brewski.domain.shared.PageRequest;
import com.brewski.domain.shared.RateLimited;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.brewski.application.testing.OffTradeFixture.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestCollectionTest {
    private final OffTradeFixture f = new OffTradeFixture();
    private final Caller ann = f.user("ann@lantern.example");
    private final Team lantern = f.brewery(ann, "Lantern", "orders@lantern.example", "BS1");
    private final Team harbour = f.brewery(f.user("hal@harbour.example"), "Harbour", "sales@harbour.example", "BS");
    private final Team bath = f.brewery(f.user("bea@bath.example"), "Bath Ales", "hello@bath.example", "BA");
    private final Team quiet = f.brewery(f.user("quinn@quiet.example"), "Quiet", null, "BS1");

    @Test
    void a_request_is_routed_to_every_team_covering_its_district_and_each_with_an_email_is_notified() {
        RequestCollection.Submitted submitted = f.requestCollection.submit(submission("Corner Deli", "bs1 4dj"), "10.0.0.1");

        assertThat(submitted.request().district().value()).isEqualTo("BS1");
        assertThat(submitted.notices()).extracting(CollectionNotice::teamId)
                .containsExactlyInAnyOrder(lantern.id(), harbour.id(), quiet.id());
        assertThat(submitted.status()).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(f.mailer.sentTo("orders@lantern.example")).hasSize(1);
        assertThat(f.mailer.sentTo("sales@harbour.example")).hasSize(1);
        assertThat(f.mailer.sentTo("hello@bath.example")).isEmpty();
        assertThat(f.mailer.sent()).hasSize(2);
        CollectionNotice quietNotice = f.requests.routedTo(submitted.request().id(), quiet.id()).orElseThrow().notice();
        assertThat(quietNotice.status()).isEqualTo(NoticeStatus.PENDING);
        CollectionNotice lanternNotice = f.requests.routedTo(submitted.request().id(), lantern.id()).orElseThrow().notice();
        assertThat(lanternNotice.status()).isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(lanternNotice.notifiedAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void the_email_names_the_request_business_contact_postcode_district_and_message() {
        var submitted = f.requestCollection.submit(submission("Corner Deli", "BS1 4DJ"), "10.0.0.1");
        Mailer.Message mail = f.mailer.sentTo("orders@lantern.example").getFirst();
        String id = "#" + submitted.request().id().value();
        assertThat(mail.subject()).isEqualTo("Collection request " + id + " from Corner Deli (BS1)");
        assertThat(mail.textBody()).contains(id, "Corner Deli", "Sam Buyer", "sam@cornerdeli.example", "BS1 4DJ",
                "District:  BS1", "Two kegs of pale for Friday, please");
    }

    @Test
    void each_notification_writes_a_marketing_activity_entry_on_that_team() {
        var submitted = f.requestCollection.submit(submission("Corner Deli", "BS1 4DJ"), "10.0.0.1");
        List<ActivityEntry> entries = f.activity.list(lantern.id(), "marketing", PageRequest.DEFAULT).results();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("offtrade.notification");
            assertThat(e.message()).contains("#" + submitted.request().id().value(), "Corner Deli");
        });
        assertThat(f.activity.list(quiet.id(), null, PageRequest.DEFAULT).results()).isEmpty();
        assertThat(f.activity.list(bath.id(), null, PageRequest.DEFAULT).results()).isEmpty();
    }

    @Test
    void a_mail_failure_leaves_that_team_pending_and_the_others_notified() {
        f.mailer.failFor("orders@lantern.example");
        var submitted = f.requestCollection.submit(submission("Corner Deli", "BS1 4DJ"), "10.0.0.1");

        assertThat(f.requests.routedTo(submitted.request().id(), lantern.id()).orElseThrow().notice().status())
                .isEqualTo(NoticeStatus.PENDING);
        assertThat(f.requests.routedTo(submitted.request().id(), harbour.id()).orElseThrow().notice().status())
                .isEqualTo(NoticeStatus.NOTIFIED);
        assertThat(f.activity.list(lantern.id(), null, PageRequest.DEFAULT).results()).isEmpty();
    }

    @Test
    void a_request_no_team_covers_is_stored_pending() {
        var submitted = f.requestCollection.submit(submission("Highland Shop", "IV1 1AA"), "10.0.0.1");
        assertThat(submitted.notices()).isEmpty();
        assertThat(submitted.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(f.mailer.sent()).isEmpty();
    }

    @Test
    void ids_are_numbers_counting_up() {
        long first = f.requestCollection.submit(submission("One", "BS1 4DJ"), "10.0.0.1").request().id().value();
        long second = f.requestCollection.submit(submission("Two", "BS1 4DJ"), "10.0.0.1").request().id().value();
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void one_address_may_send_five_requests_per_ten_minutes() {
        for (int i = 0; i < 5; i++) f.requestCollection.submit(submission("Deli " + i, "BS1 4DJ"), "10.0.0.9");
        assertThatThrownBy(() -> f.requestCollection.submit(submission("Deli 6", "BS1 4DJ"), "10.0.0.9"))
                .isInstanceOfSatisfying(RateLimited.class, e -> {
                    assertThat(e.code()).contains("OFFTRADE_RATE_LIMITED");
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
                });
        f.requestCollection.submit(submission("Other address", "BS1 4DJ"), "10.0.0.10");
        f.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        f.requestCollection.submit(submission("Later", "BS1 4DJ"), "10.0.0.9");
    }

    @Test
    void a_refused_request_stores_nothing() {
        for (int i = 0; i < 5; i++) f.requestCollection.submit(submission("Deli " + i, "BS1 4DJ"), "10.0.0.9");
        assertThatThrownBy(() -> f.requestCollection.submit(submission("Deli 6", "BS1 4DJ"), "10.0.0.9"));
        assertThat(f.list.list(ann, lantern.id(), CollectionRequests.Filter.NONE,
                new Sort("createdAt", Sort.Direction.DESC), PageRequest.DEFAULT).total()).isEqualTo(5);
    }

    @Test
    void notified_at_is_when_the_email_went_out() {
        Instant now = f.clock.instant();
        var submitted = f.requestCollection.submit(submission("Corner Deli", "BS1 4DJ"), "10.0.0.1");
        assertThat(submitted.notices()).filteredOn(n -> n.status() == NoticeStatus.NOTIFIED)
                .allSatisfy(n -> assertThat(n.notifiedAt()).isEqualTo(now));
    }
}
