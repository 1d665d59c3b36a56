package com.brewski.domain.fulfillment;

/** A partner purchase as far as we know: PENDING (recorded, not yet answered or still processing), UNKNOWN (timeout or 5xx: ask before buying again), DONE, FAILED. */
public enum PartnerTransactionStatus {
    PENDING,UNKNOWN,DONE,FAILED;

    public String wire() {
        return name();
    }

    public static PartnerTransactionStatus parse(String field, String raw) {
        return Wire.parse(PartnerTransactionStatus.class, field, raw, PartnerTransactionStatus::wire);
    }
}
