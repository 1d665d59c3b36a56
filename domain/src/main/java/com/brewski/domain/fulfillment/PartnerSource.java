package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Text;

/**
 * A partner that can deliver a variant, with the partner's own offer id, tried in priority order
 * (lowest first) while active. Its id is the recovery guide's {@code partnerSourceId}.
 */
public record PartnerSource(PartnerSourceId id, VariantId variantId, PartnerId partnerId, String partnerName,
                            PartnerKind partnerKind, String offerId, int priority, boolean active) {

    public static final int MAX_PRIORITY = 1_000_000;

    public static int checkedPriority(int priority) {
        if (priority < 0 || priority > MAX_PRIORITY)
            throw new InvalidField("priority", "priority must be between 0 and " + MAX_PRIORITY);
        return priority;
    }

    public record Draft(VariantId variantId, PartnerId partnerId, String offerId, int priority, boolean active) {
        public Draft {
            offerId = Text.optional("offerId", offerId, 200);
            checkedPriority(priority);
        }
    }
}
