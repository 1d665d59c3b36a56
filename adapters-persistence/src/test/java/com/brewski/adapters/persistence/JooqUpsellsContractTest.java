package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.application.shop.contract.UpsellsContract;

/** The {@link UpsellsContract} on PostgreSQL. */
class JooqUpsellsContractTest extends UpsellsContract {
    @Override
    protected Ports createPorts() {
        JooqPersistence persistence = new JooqPersistence(TestDatabase.fresh());
        return new Ports(new JooqShop(persistence).upsells(), persistence.transactions());
    }
}
