package com.brewski.application.shop.contract;

import com.brewski.application.testing.InMemoryTransactions;
import com.brewski.application.testing.InMemoryUpsells;

/** The {@link UpsellsContract} in memory. */
class InMemoryUpsellsContractTest extends UpsellsContract {
    @Override
    protected Ports createPorts() {
        return new Ports(new InMemoryUpsells(), new InMemoryTransactions());
    }
}
