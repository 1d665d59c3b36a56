package com.brewski.adapters.persistence;

import com.brewski.application.catalogue.Beers;
import com.brewski.application.catalogue.Containers;
import com.brewski.application.catalogue.Multipacks;
import com.brewski.application.catalogue.Pricebooks;

/**
 * The PostgreSQL catalogue ports (containers, beers with their stock, multipacks, pricebooks),
 * running in the transactions of the given {@link JooqPersistence}.
 */
public final class JooqCatalogue {
    private final Containers containers;
    private final Beers beers;
    private final Multipacks multipacks;
    private final Pricebooks pricebooks;

    public JooqCatalogue(JooqPersistence persistence) {
        JooqTransactions transactions = persistence.jooqTransactions();
        this.containers = new JooqContainers(transactions);
        this.beers = new JooqBeers(transactions);
        this.multipacks = new JooqMultipacks(transactions);
        this.pricebooks = new JooqPricebooks(transactions);
    }

    public Containers containers() { return containers; }
    public Beers beers() { return beers; }
    public Multipacks multipacks() { return multipacks; }
    public Pricebooks pricebooks() { return pricebooks; }
}
