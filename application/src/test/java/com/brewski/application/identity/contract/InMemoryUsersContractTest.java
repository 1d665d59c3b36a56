package com.brewski.application.identity.contract;

/** The {@link UsersContract} on the in-memory ports. */
class InMemoryUsersContractTest extends UsersContract {
    @Override
    protected IdentityPorts createPorts() {
        return InMemoryPorts.create();
    }
}
