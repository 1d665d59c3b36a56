package com.brewski.adapters.persistence;

import com.brewski.application.clients.Clients;

/** The PostgreSQL clients port, running in the transactions of the given {@link JooqPersistence}. */
public final class JooqClients {
    private final Clients clients;

    public JooqClients(JooqPersistence persistence) {
        this.clients = new JooqClientStore(persistence.jooqTransactions());
    }

    public Clients clients() { return clients; }
}
