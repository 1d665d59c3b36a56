package com.brewski.application.testing;

import com.brewski.application.identity.IdentityPolicy;
import com.brewski.application.identity.ManagePlatformAccess;
import com.brewski.application.identity.ManageSettings;
import com.brewski.application.identity.ManageTeams;
import com.brewski.application.identity.Profile;
import com.brewski.application.identity.SignIn;
import com.brewski.application.identity.TeamAccess;

import java.util.List;

/** The identity use cases wired on in-memory ports, for tests in any module. */
public final class IdentityFixture {
    public final MutableClock clock = MutableClock.at("2025-03-01T09:00:00Z");
    public final SequentialIds ids = new SequentialIds();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryTeams teams = new InMemoryTeams();
    public final InMemoryMemberships memberships = new InMemoryMemberships(teams, users);
    public final InMemorySessions sessions = new InMemorySessions();
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter(clock);
    public final IdentityPolicy policy = IdentityPolicy.defaults();
    public final TeamAccess access = new TeamAccess(teams, memberships);
    public final SignIn signIn = new SignIn(users, sessions, memberships, teams, hasher, rateLimiter, transactions, clock, ids, policy);
    public final ManageTeams manageTeams = new ManageTeams(teams, memberships, users, access, List.of(), transactions, clock, ids);
    public final InMemoryDefaultContainers defaultContainers = new InMemoryDefaultContainers();
    public final ManageSettings manageSettings = new ManageSettings(teams, defaultContainers, access, transactions, clock);
    public final Profile profile = new Profile(users, memberships, transactions);
    public final ManagePlatformAccess platformAccess = new ManagePlatformAccess(teams, memberships, users, hasher, transactions, clock, ids);
}
