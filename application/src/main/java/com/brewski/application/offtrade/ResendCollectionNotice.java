package com.brewski.application.offtrade;

import com.brewski.application.activity.Activity;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.identity.Teams;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Mailer;
import com.brewski.application.shared.RateLimiter;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.offtrade.CollectionNotice;
import com.brewski.domain.offtrade.CollectionRequestId;
import com.brewski.domain.offtrade.Delivery;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Unavailable;

import java.time.Clock;
import java.util.List;

/**
 * Emails a team about a request again (the Resend button): owners and admins of the team, or
 * platform staff for any team. Each allowed call counts against the caller's address (429
 * {@code OFFTRADE_RATE_LIMITED} beyond the policy). 404 {@code OFFTRADE_REQUEST_NOT_FOUND} when the request is unknown or
 * not routed to the team, 400 {@code OFFTRADE_CONTACT_EMAIL_MISSING} when the team has no contact
 * email, 502 when the mail server fails (the notice stays as it was). A sent email makes the notice
 * notified at the time it went out and writes an {@code offtrade.notification.retry} activity entry.
 */
public final class ResendCollectionNotice {
    static final String RETRY = "offtrade.notification.retry";
    private static final System.Logger LOG = System.getLogger(ResendCollectionNotice.class.getName());

    private final CollectionRequests requests;
    private final Teams teams;
    private final TeamAccess access;
    private final Activity activity;
    private final NoticeMail mail;
    private final AddressThrottle throttle;
    private final Transactions transactions;
    private final Ids ids;

    public ResendCollectionNotice(CollectionRequests requests, Teams teams, TeamAccess access, Activity activity, Mailer mailer,
                                  RateLimiter rateLimiter, OffTradePolicy policy, Transactions transactions, Clock clock, Ids ids) {
        this.requests = requests;
        this.teams = teams;
        this.access = access;
        this.activity = activity;
        this.mail = new NoticeMail(mailer, clock);
        this.throttle = new AddressThrottle(rateLimiter, policy, "retry");
        this.transactions = transactions;
        this.ids = ids;
    }

    private record Target(CollectionRequests.RoutedRequest routed, Team team, Email to) {}

    /** The team's notice after the resend: notified, at the time the email went out. */
    public CollectionNotice resend(Caller caller, CollectionRequestId id, TeamId teamId, String remoteAddress) {
        // who may resend is settled first, so that refused callers never use up the address's retries
        transactions.run(() -> {
            if (caller.hasPlatformAccess())
                teams.byId(teamId).filter(t -> !t.isPlatform()).orElseThrow(() -> new NotFound("Team not found"));
            else
                access.requireManager(caller, teamId);
        });
        throttle.hit(remoteAddress);
        Target target = transactions.inTransaction(() -> {
            Team team = teams.byId(teamId).orElseThrow(() -> new NotFound("Team not found"));
            CollectionRequests.RoutedRequest routed = requests.routedTo(id, teamId).orElseThrow(CollectionRequestId::notFound);
            return new Target(routed, team, CollectionNotice.recipient(team.settings()));
        });

        Delivery delivery = mail.send(target.routed().request(), target.team().settings().name(), target.to());
        return switch (delivery) {
            case Delivery.Sent sent -> {
                CollectionNotice notified = target.routed().notice().after(sent);
                transactions.run(() -> {
                    requests.update(notified);
                    activity.record(List.of(new ActivityEntry(ids.newId(), teamId, RequestCollection.CATEGORY, RETRY,
                            "Collection request " + id + " from " + target.routed().request().businessName()
                                    + " emailed again to " + target.to().value(), caller.userId(), List.of(), sent.at())));
                });
                yield notified;
            }
            case Delivery.Failed failed -> {
                LOG.log(System.Logger.Level.WARNING, "collection request {0}: resend to team {1} failed: {2}",
                        id, teamId.value(), failed.reason());
                throw new Unavailable("the email could not be sent, try again later");
            }
            case Delivery.NoContactEmail none -> throw new IllegalStateException("recipient checked above");
        };
    }
}
