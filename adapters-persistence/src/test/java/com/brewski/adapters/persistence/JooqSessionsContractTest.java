package com.brewski.adapters.persistence;

import com.brewski.application.identity.contract.IdentityPorts;
import com.brewski.application.identity.contract.SessionsContract;

/** The {@link SessionsContract} on PostgreSQL. */
class JooqSessionsContractTest extends SessionsContract {
    @Override
    protected IdentityPorts createPorts() {
        return JooqPorts.create();
    }
}
