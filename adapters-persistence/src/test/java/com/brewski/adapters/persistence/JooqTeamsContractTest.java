package com.brewski.adapters.persistence;

import com.brewski.application.identity.contract.IdentityPorts;
import com.brewski.application.identity.contract.TeamsContract;

/** The {@link TeamsContract} on PostgreSQL. */
class JooqTeamsContractTest extends TeamsContract {
    @Override
    protected IdentityPorts createPorts() {
        return JooqPorts.create();
    }
}
