package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.offtrade.contract.CollectionRequestsContract;

/** The {@link CollectionRequestsContract} on PostgreSQL. */
class JooqCollectionRequestsContractTest extends CollectionRequestsContract {
    @Override
    protected Ports createPorts() {
        JooqPersistence persistence = new JooqPersistence(TestDatabase.fresh());
        return new Ports(persistence.transactions(), persistence.teams(), new JooqCollectionRequests(persistence));
    }
}
