package com.brewski.adapters.persistence;

import com.brewski.application.fulfillment.AdminAlerts;
import com.brewski.application.fulfillment.FulfilmentAttempts;
import com.brewski.application.fulfillment.PartnerTransactions;
import com.brewski.application.fulfillment.PreloadedCodes;
import com.brewski.application.fulfillment.VoucherCatalogue;
import com.brewski.application.fulfillment.VoucherOrders;
import com.brewski.application.fulfillment.VoucherPartners;

/**
 * The PostgreSQL implementations of the fulfillment ports, running in the transactions of the
 * {@link JooqPersistence} they are made from.
 */
public final class JooqFulfillment {
    private final VoucherCatalogue catalogue;
    private final VoucherPartners partners;
    private final PreloadedCodes preloadedCodes;
    private final VoucherOrders orders;
    private final FulfilmentAttempts attempts;
    private final AdminAlerts alerts;
    private final PartnerTransactions partnerTransactions;

    public JooqFulfillment(JooqPersistence persistence) {
        JooqTransactions transactions = persistence.jooqTransactions();
        this.catalogue = new JooqVoucherCatalogue(transactions);
        this.partners = new JooqVoucherPartners(transactions);
        this.preloadedCodes = new JooqPreloadedCodes(transactions);
        this.orders = new JooqVoucherOrders(transactions);
        this.attempts = new JooqFulfilmentAttempts(transactions);
        this.alerts = new JooqAdminAlerts(transactions);
        this.partnerTransactions = new JooqPartnerTransactions(transactions);
    }

    public VoucherCatalogue catalogue() { return catalogue; }
    public VoucherPartners partners() { return partners; }
    public PreloadedCodes preloadedCodes() { return preloadedCodes; }
    public VoucherOrders orders() { return orders; }
    public FulfilmentAttempts attempts() { return attempts; }
    public AdminAlerts alerts() { return alerts; }
    public PartnerTransactions partnerTransactions() { return partnerTransactions; }
}
