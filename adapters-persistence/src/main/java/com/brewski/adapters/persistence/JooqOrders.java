package com.brewski.adapters.persistence;

import com.brewski.application.orders.Orders;
import com.brewski.application.orders.ShippingRules;

/**
 * The PostgreSQL implementations of the orders ports ({@link Orders}, {@link ShippingRules}), running
 * in the transactions of the {@link JooqPersistence} they are made from.
 */
public final class JooqOrders {
    private final Orders orders;
    private final ShippingRules shippingRules;

    public JooqOrders(JooqPersistence persistence) {
        JooqTransactions transactions = persistence.jooqTransactions();
        this.orders = new JooqOrderStore(transactions);
        this.shippingRules = new JooqShippingRules(transactions);
    }

    public Orders orders() { return orders; }
    public ShippingRules shippingRules() { return shippingRules; }
}
