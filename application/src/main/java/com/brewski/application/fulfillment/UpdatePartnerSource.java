package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;

/** Changes a source's priority or turns it on or off. */
public final class UpdatePartnerSource {
    private final VoucherCatalogue catalogue;
    private final Transactions transactions;
    private final Clock clock;

    public UpdatePartnerSource(VoucherCatalogue catalogue, Transactions transactions, Clock clock) {
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PartnerSource update(PartnerSourceId id, Integer priority, Boolean active) {
        return transactions.inTransaction(() -> {
            PartnerSource s = catalogue.lockSource(id).orElseThrow(() -> new NotFound("Partner source not found", "SOURCE_NOT_FOUND"));
            PartnerSource updated = new PartnerSource(s.id(), s.variantId(), s.partnerId(), s.partnerName(), s.partnerKind(),
                    s.offerId(), priority == null ? s.priority() : PartnerSource.checkedPriority(priority),
                    active == null ? s.active() : active);
            catalogue.updateSource(updated, clock.instant());
            return updated;
        });
    }
}
