package com.brewski.application.offtrade;

import com.brewski.application.activity.Activity;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.RateLimiter;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.Delivery;
import com.brewski.domain.offtrade.NoticeStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An off-trade buyer asks breweries to collect or deliver (no sign-in). The request is stored and
 * routed to every brewery whose {@code offTradeDistricts} cover its district, each with a pending
 * notice; after the commit each routed team with an {@code offTradeContactEmail} is emailed once.
 * A sent email makes that team's notice notified and writes an {@code offtrade.notification}
 * activity entry; a mail failure leaves it pending (logged) for the retry route.
 */
public final class RequestCollection {
    static final String CATEGORY = "marketing";
    static final String NOTIFICATION = "offtrade.notification";
    private static final System.Logger LOG = System.getLogger(RequestCollection.class.getName());

    private final CollectionRequests requests;
    private final Activity activity;
    private final NoticeMail mail;
    private final AddressThrottle throttle;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RequestCollection(CollectionRequests requests, Activity activity, Mailer mailer, RateLimiter rateLimiter,
                             OffTradePolicy policy, Transactions transactions, Clock clock, Ids ids) {
        this.requests = requests;
        this.activity = activity;
        this.mail = new NoticeMail(mailer, clock);
        this.throttle = new AddressThrottle(rateLimiter, policy, "intake");
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** The stored request and, per routed team, its notice after the emails went out (or did not). */
    public record Submitted(CollectionRequest request, List<CollectionNotice> notices) {
        public Submitted {
            notices = List.copyOf(notices);
        }

        /** {@code notified} once any routed team was emailed, else {@code pending}. */
        public NoticeStatus status() {
            return notices.stream().anyMatch(n -> n.status() == NoticeStatus.NOTIFIED) ? NoticeStatus.NOTIFIED : NoticeStatus.PENDING;
        }
    }

    private record Stored(CollectionRequest request, List<CollectionRequests.RoutedTeam> teams, List<CollectionNotice> notices) {}

    public Submitted submit(CollectionRequest.Submission submission, String remoteAddress) {
        throttle.hit(remoteAddress);
        Stored stored = transactions.inTransaction(() -> {
            CollectionRequestId id = requests.nextId();
            CollectionRequest request = CollectionRequest.submitted(id, submission, clock.instant());
            List<CollectionRequests.RoutedTeam> teams = requests.teamsCovering(request.district());
            List<CollectionNotice> notices = teams.stream().map(t -> CollectionNotice.pending(id, t.id())).toList();
            requests.add(request, notices);
            return new Stored(request, teams, notices);
        });

        // after the commit: the request is safe whatever the mail server does
        CollectionRequest request = stored.request();
        List<CollectionNotice> after = new ArrayList<>();
        List<CollectionNotice> changed = new ArrayList<>();
        List<ActivityEntry> entries = new ArrayList<>();
        for (int i = 0; i < stored.teams().size(); i++) {
            CollectionRequests.RoutedTeam team = stored.teams().get(i);
            CollectionNotice notice = stored.notices().get(i);
            Delivery delivery = mail.send(request, team.name(), team.contactEmail());
            switch (delivery) {
                case Delivery.Sent sent -> entries.add(new ActivityEntry(ids.newId(), team.id(), CATEGORY, NOTIFICATION,
                        "Collection request " + request.id() + " from " + request.businessName() + " emailed to "
                                + team.contactEmail().value(), null, List.of(), sent.at()));
                case Delivery.Failed failed -> LOG.log(System.Logger.Level.WARNING,
                        "collection request {0}: email to team {1} failed, left pending: {2}",
                        request.id(), team.id().value(), failed.reason());
                case Delivery.NoContactEmail none -> LOG.log(System.Logger.Level.INFO,
                        "collection request {0}: team {1} has no offTradeContactEmail, left pending", request.id(), team.id().value());
            }
            CollectionNotice next = notice.after(delivery);
            if (!next.equals(notice)) changed.add(next);
            after.add(next);
        }
        if (!changed.isEmpty()) {
            transactions.run(() -> {
                changed.forEach(requests::update);
                activity.record(entries);
            });
        }
        return new Submitted(request, after);
    }
}
