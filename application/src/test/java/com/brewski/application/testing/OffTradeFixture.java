package com.brewski.application.testing;

import com.brewski.application.identity.Caller;
import com.brewski.application.offtrade.ListCollectionRequests;
import com.brewski.application.offtrade.OffTradePolicy;
import com.brewski.application.offtrade.RequestCollection;
import com.brewski.application.offtrade.ResendCollectionNotice;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.offtrade.CollectionRequest;
import com.brewski.domain.offtrade.Postcode;

import java.util.concurrent.atomic.AtomicInteger;

/** The off-trade use cases on in-memory ports, with a mailer that records (or refuses) what it sends. */
public final class OffTradeFixture {
    private static final String PASSWORD = "correct horse battery";

    public final IdentityFixture identity = new IdentityFixture();
    public final MutableClock clock = identity.clock;
    public final InMemoryActivity activity = new InMemoryActivity();
    public final InMemoryCollectionRequests requests = new InMemoryCollectionRequests(identity.teams);
    public final RecordingMailer mailer = new RecordingMailer();
    public final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter(clock);
    public final OffTradePolicy policy = OffTradePolicy.defaults();
    public final RequestCollection requestCollection = new RequestCollection(requests, activity, mailer, rateLimiter, policy,
            identity.transactions, clock, identity.ids);
    public final ResendCollectionNotice resend = new ResendCollectionNotice(requests, identity.teams, identity.access, activity,
            mailer, rateLimiter, policy, identity.transactions, clock, identity.ids);
    public final ListCollectionRequests list = new ListCollectionRequests(requests, identity.teams, identity.access,
            identity.transactions);
    private final AtomicInteger addresses = new AtomicInteger(1);

    public OffTradeFixture() {
        identity.transactions.enlist(requests, activity);
    }

    /** A registered, signed-in user. */
    public Caller user(String email) {
        String address = "10.7." + addresses.get() / 200 + "." + addresses.getAndIncrement() % 200;
        return identity.signIn.authenticate(identity.signIn.register(email, PASSWORD, email.substring(0, email.indexOf('@')), address).accessToken());
    }

    /** A brewery owned by {@code owner}, collecting in {@code districts}, emailed at {@code contactEmail} (null: none). */
    public Team brewery(Caller owner, String name, String contactEmail, String... districts) {
        Team team = identity.manageTeams.create(owner, name, SettingsChanges.none()).team();
        return identity.manageSettings.update(owner, team.id(), SettingsChanges.offTrade(contactEmail, districts),
                java.util.Optional.empty()).team();
    }

    public Caller member(Caller owner, TeamId teamId, String email, TeamRole role) {
        Caller joined = user(email);
        identity.manageTeams.add(owner, teamId, email, role);
        return joined;
    }

    public Caller platformAdmin(String email) {
        identity.platformAccess.ensureAdmin(email, PASSWORD);
        return identity.signIn.authenticate(identity.signIn.login(email, PASSWORD, "10.8.0.1").accessToken());
    }

    /** A buyer's request from a postcode, with the district left to default. */
    public static CollectionRequest.Submission submission(String business, String postcode) {
        return new CollectionRequest.Submission(business, "Sam Buyer", new Email("sam@" + business.toLowerCase().replaceAll("[^a-z]", "") + ".example"),
                null, new Postcode(postcode), null, "Two kegs of pale for Friday, please");
    }
}
