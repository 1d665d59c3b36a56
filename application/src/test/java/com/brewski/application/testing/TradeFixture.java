package com.brewski.application.testing;

import com.brewski.application.activity.ReadActivity;
import com.brewski.application.catalogue.ManageCatalogue;
import com.brewski.application.catalogue.ManagePricebooks;
import com.brewski.application.clients.ManageClients;
import com.brewski.application.deposits.ManageDeposits;
import com.brewski.application.groups.ManageGroups;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.ManageSettings;
import com.brewski.application.identity.ManageTeams;
import com.brewski.application.identity.SignIn;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.orders.ClaimGroupOrders;
import com.brewski.application.orders.ManageOrders;
import com.brewski.application.orders.ManageShippingRules;
import com.brewski.application.orders.OrderView;
import com.brewski.application.payments.ManagePayments;
import com.brewski.domain.catalogue.Beer;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.catalogue.InventoryMode;
import com.brewski.domain.clients.Client;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.identity.SettingsChange;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.shared.Patch;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The trade use cases wired on in-memory ports as {@code bootstrap}'s {@code Brewski} wires them on
 * PostgreSQL, over an {@link IdentityFixture} for users, teams and memberships. New teams get their
 * default containers and pricebook ({@link ManageCatalogue} is a team set-up of {@link #manageTeams}).
 * The trade stores roll back with a failed use case; {@link #documents} records every report.
 */
public final class TradeFixture {
    public static final String PASSWORD = "correct horse";

    public final IdentityFixture identity = new IdentityFixture();
    public final MutableClock clock = identity.clock;
    public final SequentialIds ids = identity.ids;
    public final InMemoryTransactions transactions = identity.transactions;
    public final InMemoryTeams teams = identity.teams;
    public final InMemoryMemberships memberships = identity.memberships;
    public final TeamAccess access = identity.access;
    public final SignIn signIn = identity.signIn;
    public final ManageSettings manageSettings = identity.manageSettings;

    public final InMemoryContainers containers = new InMemoryContainers();
    public final InMemoryBeers beers = new InMemoryBeers(containers);
    public final InMemoryMultipacks multipacks = new InMemoryMultipacks(containers);
    public final InMemoryClients clients = new InMemoryClients();
    public final InMemoryPricebooks pricebooks = new InMemoryPricebooks(containers, multipacks, clients);
    public final InMemoryGroups groups = new InMemoryGroups(teams);
    public final InMemoryShippingRules shippingRules = new InMemoryShippingRules();
    public final InMemoryPayments payments = new InMemoryPayments();
    public final InMemoryDeposits deposits = new InMemoryDeposits(containers);
    public final InMemoryActivity activity = new InMemoryActivity();
    public final InMemoryOrders orders = new InMemoryOrders(teams, clients, groups, beers, containers, multipacks, payments, deposits, memberships);
    public final RecordingOrderDocuments documents = new RecordingOrderDocuments(orders, clock);

    public final ManageCatalogue manageCatalogue =
            new ManageCatalogue(containers, beers, multipacks, pricebooks, access, transactions, clock, ids);
    public final ManageTeams manageTeams = new ManageTeams(teams, memberships, identity.users, access,
            List.of(manageCatalogue), transactions, clock, ids);
    public final ManagePricebooks managePricebooks =
            new ManagePricebooks(pricebooks, beers, containers, multipacks, access, transactions, clock, ids);
    public final ManageClients manageClients = new ManageClients(clients, pricebooks, deposits, access, transactions, clock, ids);
    public final ManageGroups manageGroups = new ManageGroups(groups, teams, memberships, access, transactions, clock, ids);
    public final ManageOrders manageOrders = new ManageOrders(orders, shippingRules, clients, beers, containers, multipacks,
            pricebooks, groups, documents, deposits, teams, access, transactions, clock, ids);
    public final ManageShippingRules manageShippingRules = new ManageShippingRules(shippingRules, access, transactions, clock, ids);
    public final ManagePayments managePayments = new ManagePayments(orders, payments, deposits, documents, access, transactions, clock, ids);
    public final ManageDeposits manageDeposits =
            new ManageDeposits(deposits, clients, containers, orders, documents, access, transactions, clock, ids);
    public final ClaimGroupOrders claimGroupOrders = new ClaimGroupOrders(orders, groups, documents, activity, access, transactions, clock, ids);
    public final ReadActivity readActivity = new ReadActivity(activity, access, transactions);

    private final AtomicInteger addresses = new AtomicInteger();

    public TradeFixture() {
        transactions.enlist(containers, beers, multipacks, clients, pricebooks, groups, shippingRules, payments, deposits,
                activity, orders);
    }

    // ---- people and teams

    /** A registered, signed-in user. */
    public Caller user(String email) {
        String address = "10.9." + addresses.get() / 200 + "." + addresses.getAndIncrement() % 200;
        return signIn.authenticate(signIn.register(email, PASSWORD, email.substring(0, email.indexOf('@')), address).accessToken());
    }

    /** A new team owned by {@code owner}, with its default containers and pricebook. */
    public Team team(Caller owner, String name) {
        return manageTeams.create(owner, name, SettingsChanges.none()).team();
    }

    /** A new user who joins the team with a role. */
    public Caller member(Caller owner, TeamId teamId, String email, TeamRole role) {
        Caller joined = user(email);
        manageTeams.add(owner, teamId, email, role);
        return joined;
    }

    public Team settings(Caller owner, TeamId teamId, SettingsChange change) {
        return manageSettings.update(owner, teamId, change, java.util.Optional.empty()).team();
    }

    /** A platform admin, signed in. */
    public Caller platformAdmin(String email) {
        identity.platformAccess.ensureAdmin(email, PASSWORD);
        return signIn.authenticate(signIn.login(email, PASSWORD, "10.8.0.1").accessToken());
    }

    // ---- catalogue and clients

    /** The team's default container of a type (30L Keg, 9 Gallon Cask, 440ml Can, 500ml Bottle). */
    public Container container(TeamId teamId, ContainerType type) {
        return containers.all(teamId).stream().filter(c -> c.isDefault() && c.containerType() == type).findFirst().orElseThrow();
    }

    public Beer beer(Caller manager, TeamId teamId, String name, InventoryMode mode) {
        return manageCatalogue.createBeer(manager, new ManageCatalogue.NewBeer(teamId, name, null, null, null, false, mode)).beer();
    }

    public Client client(Caller manager, TeamId teamId, String name) {
        return client(manager, teamId, name, null, null);
    }

    /** A client with an AWRS number and a pricebook (null for the team's default). */
    public Client client(Caller manager, TeamId teamId, String name, String awrsNumber, UUID pricebookId) {
        return manageClients.create(manager, teamId, clientFields(name, null, awrsNumber, pricebookId)).client();
    }

    public static ManageClients.ClientFields clientFields(String name, String email, String awrsNumber, UUID pricebookId) {
        return new ManageClients.ClientFields(Patch.set(name), email == null ? Patch.absent() : Patch.set(email), Patch.absent(),
                Patch.absent(), Patch.absent(), awrsNumber == null ? Patch.absent() : Patch.set(awrsNumber),
                pricebookId == null ? Patch.absent() : Patch.set(pricebookId), Patch.absent());
    }

    public UUID defaultPricebookId(TeamId teamId) {
        return pricebooks.defaultOf(teamId).orElseThrow().id();
    }

    // ---- orders and groups

    /** A draft order of the team for the client, everything else defaulted. */
    public OrderView order(Caller caller, TeamId teamId, UUID clientId) {
        return manageOrders.create(caller, OrderInputs.newOrder(teamId, clientId).build());
    }

    /** A group founded by a team, with that team as its active owner. */
    public BreweryGroup group(Caller manager, TeamId founder, String name) {
        return manageGroups.create(manager, founder, name, null, null);
    }

    /** Invites a team into a group and accepts for it: it becomes an active member. */
    public void join(UUID groupId, Caller inviter, TeamId inviterTeam, Caller invitee, TeamId inviteeTeam) {
        var invitation = manageGroups.invite(inviter, groupId, inviterTeam, inviteeTeam);
        manageGroups.accept(invitee, groupId, invitation.id(), inviteeTeam);
    }
}
