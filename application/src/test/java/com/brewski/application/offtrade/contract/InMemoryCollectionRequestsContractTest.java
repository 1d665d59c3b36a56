package com.brewski.application.offtrade.contract;

import com.brewski.application.testing.InMemoryCollectionRequests;
import com.brewski.application.testing.InMemoryTeams;
import com.brewski.application.testing.InMemoryTransactions;

/** The {@link CollectionRequestsContract} in memory. */
class InMemoryCollectionRequestsContractTest extends CollectionRequestsContract {
    @Override
    protected Ports createPorts() {
        InMemoryTeams teams = new InMemoryTeams();
        return new Ports(new InMemoryTransactions(), teams, new InMemoryCollectionRequests(teams));
    }
}
