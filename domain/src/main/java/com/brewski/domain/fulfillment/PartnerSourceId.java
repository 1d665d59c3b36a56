package com.brewski.domain.fulfillment;

/** The numeric id of a partner source of a variant (the guide's partnerSourceId). */
public record PartnerSourceId(long value) {
    public PartnerSourceId {
        if (value < 1) throw new IllegalArgumentException("PartnerSourceId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
