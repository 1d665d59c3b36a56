package com.brewski.application.identity.contract;

/** The {@link SessionsContract} on the in-memory ports. */
class InMemorySessionsContractTest extends SessionsContract {
    @Override
    protected IdentityPorts createPorts() {
        return InMemoryPorts.create();
    }
}
