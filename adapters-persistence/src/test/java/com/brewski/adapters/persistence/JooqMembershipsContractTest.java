package com.brewski.adapters.persistence;

import com.brewski.application.identity.contract.IdentityPorts;
import com.brewski.application.identity.contract.MembershipsContract;

/** The {@link MembershipsContract} on PostgreSQL. */
class JooqMembershipsContractTest extends MembershipsContract {
    @Override
    protected IdentityPorts createPorts() {
        return JooqPorts.create();
    }
}
