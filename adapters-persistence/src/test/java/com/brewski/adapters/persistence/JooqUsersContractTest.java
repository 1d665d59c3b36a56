package com.brewski.adapters.persistence;

import com.brewski.application.identity.contract.IdentityPorts;
import com.brewski.application.identity.contract.UsersContract;

/** The {@link UsersContract} on PostgreSQL. */
class JooqUsersContractTest extends UsersContract {
    @Override
    protected IdentityPorts createPorts() {
        return JooqPorts.create();
    }
}
