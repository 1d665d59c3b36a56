package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.List;

/** Makes a partner a source of a variant, at a priority (lowest tried first). */
public final class AddPartnerSource {
    private final VoucherCatalogue catalogue;
    private final VoucherPartners partners;
    private final Transactions transactions;
    private final Clock clock;

    public AddPartnerSource(VoucherCatalogue catalogue, VoucherPartners partners, Transactions transactions, Clock clock) {
        this.catalogue = catalogue;
        this.partners = partners;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PartnerSource add(PartnerSource.Draft draft) {
        return transactions.inTransaction(() -> {
            if (catalogue.variants(List.of(draft.variantId())).isEmpty())
                throw new NotFound("Variant not found", "VARIANT_NOT_FOUND");
            if (partners.find(draft.partnerId()).isEmpty())
                throw new InvalidField("partnerId", "partnerId is not a known partner");
            return catalogue.addSource(draft, clock.instant());
        });
    }
}
