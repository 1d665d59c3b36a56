package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.identity.contract.IdentityPorts;

/** The jOOQ identity ports over a fresh test database. */
final class JooqPorts {
    private JooqPorts() {}

    static IdentityPorts create() {
        JooqPersistence persistence = new JooqPersistence(TestDatabase.fresh());
        return new IdentityPorts(persistence.transactions(), persistence.users(), persistence.teams(),
                persistence.memberships(), persistence.sessions());
    }
}
