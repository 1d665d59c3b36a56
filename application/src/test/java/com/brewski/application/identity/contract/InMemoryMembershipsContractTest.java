package com.brewski.application.identity.contract;

/** The {@link MembershipsContract} on the in-memory ports. */
class InMemoryMembershipsContractTest extends MembershipsContract {
    @Override
    protected IdentityPorts createPorts() {
        return InMemoryPorts.create();
    }
}
