package com.brewski.application.identity.contract;

/** The {@link TeamsContract} on the in-memory ports. */
class InMemoryTeamsContractTest extends TeamsContract {
    @Override
    protected IdentityPorts createPorts() {
        return InMemoryPorts.create();
    }
}
