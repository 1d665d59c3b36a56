package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.fulfillment.PartnerTransaction;

import java.util.List;

/** The purchases sent to HTTP partners ({@code partner_api_transactions}). */
public interface PartnerTransactions {
    /** Inserts the row; when called outside a transaction it is committed at once (before the partner call). */
    PartnerTransaction insert(PartnerTransaction transaction);

    void update(PartnerTransaction transaction);

    /** The item's purchases from a source, oldest first. */
    List<PartnerTransaction> of(OrderItemId itemId, PartnerSourceId sourceId);
}
