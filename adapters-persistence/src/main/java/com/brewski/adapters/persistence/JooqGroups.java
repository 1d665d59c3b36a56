package com.brewski.adapters.persistence;

import com.brewski.application.groups.Groups;

/** The PostgreSQL brewery groups port, running in the transactions of the given {@link JooqPersistence}. */
public final class JooqGroups {
    private final Groups groups;

    public JooqGroups(JooqPersistence persistence) {
        this.groups = new JooqGroupStore(persistence.jooqTransactions());
    }

    public Groups groups() { return groups; }
}
