package com.brewski.adapters.persistence;

import com.brewski.application.shop.BeerVisibility;
import com.brewski.application.shop.FeaturedPlacements;
import com.brewski.application.shop.NavigationItems;
import com.brewski.application.shop.ShopDirectory;
import com.brewski.application.shop.Upsells;

/** The PostgreSQL ports of the shop, running in the transactions of the given {@link JooqPersistence}. */
public final class JooqShop {
    private final NavigationItems navigation;
    private final Upsells upsells;
    private final FeaturedPlacements placements;
    private final ShopDirectory directory;
    private final BeerVisibility beerVisibility;

    public JooqShop(JooqPersistence persistence) {
        JooqTransactions tx = persistence.jooqTransactions();
        this.navigation = new JooqNavigationItems(tx);
        this.upsells = new JooqUpsells(tx);
        this.placements = new JooqFeaturedPlacements(tx);
        this.directory = new JooqShopDirectory(tx);
        this.beerVisibility = new JooqBeerVisibility(tx);
    }

    public NavigationItems navigation() { return navigation; }
    public Upsells upsells() { return upsells; }
    public FeaturedPlacements placements() { return placements; }
    public ShopDirectory directory() { return directory; }
    public BeerVisibility beerVisibility() { return beerVisibility; }
}
