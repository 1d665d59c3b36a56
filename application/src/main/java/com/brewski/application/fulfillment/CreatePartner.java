package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.Partner;

import java.time.Clock;

/** Adds a voucher partner ({@code zendit} or {@code preloaded}). */
public final class CreatePartner {
    private final VoucherPartners partners;
    private final Transactions transactions;
    private final Clock clock;

    public CreatePartner(VoucherPartners partners, Transactions transactions, Clock clock) {
        this.partners = partners;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Partner create(Partner.Draft draft) {
        return transactions.inTransaction(() -> partners.add(draft, clock.instant()));
    }
}
