package com.brewski.adapters.persistence;

import com.brewski.application.activity.Activity;
import com.brewski.application.catalogue.DefaultContainers;
import com.brewski.application.deposits.Deposits;
import com.brewski.application.payments.Payments;
import com.brewski.application.identity.Memberships;
import com.brewski.application.identity.Callers;
import com.brewski.application.identity.Sessions;
import com.brewski.application.identity.Teams;
import com.brewski.application.identity.Users;
import com.brewski.application.shared.HealthCheck;
import com.brewski.application.shared.Transactions;

import javax.sql.DataSource;

/**
 * The PostgreSQL implementations of the persistence ports, sharing one {@link Transactions}: every
 * repository runs its statements in the transaction the calling thread has open (or auto-commits).
 * The schema must already be migrated (see {@link PostgresDatabase}). Make one per DataSource and
 * share it: nested calls join only a transaction opened by the same instance. Repositories added for
 * other contexts take the same {@link JooqTransactions} and run on its {@code dsl()}.
 */
public final class JooqPersistence {
    private final JooqTransactions transactions;
    private final Users users;
    private final Teams teams;
    private final Memberships memberships;
    private final Sessions sessions;
    private final Callers callers;
    private final HealthCheck healthCheck;
    private final Activity activity;
    private final Payments payments;
    private final Deposits deposits;
    private final DefaultContainers defaultContainers;

    public JooqPersistence(DataSource dataSource) {
        this.transactions = new JooqTransactions(dataSource);
        this.users = new JooqUsers(transactions);
        this.teams = new JooqTeams(transactions);
        this.memberships = new JooqMemberships(transactions);
        this.sessions = new JooqSessions(transactions);
        this.callers = new JooqCallers(transactions);
        this.healthCheck = new JooqHealthCheck(dataSource);
        this.activity = new JooqActivity(transactions);
        this.payments = new JooqPayments(transactions);
        this.deposits = new JooqDeposits(transactions);
        this.defaultContainers = new JooqDefaultContainers(transactions);
    }

    public Transactions transactions() { return transactions; }
    public Users users() { return users; }
    public Teams teams() { return teams; }
    public Memberships memberships() { return memberships; }
    public Sessions sessions() { return sessions; }
    /** The caller behind an access token in one statement. */
    public Callers callers() { return callers; }
    public HealthCheck healthCheck() { return healthCheck; }
    public Activity activity() { return activity; }
    public Payments payments() { return payments; }
    public Deposits deposits() { return deposits; }
    public DefaultContainers defaultContainers() { return defaultContainers; }

    /** The shared transactions, for the repositories of other contexts in this package. */
    JooqTransactions jooqTransactions() { return transactions; }
}
