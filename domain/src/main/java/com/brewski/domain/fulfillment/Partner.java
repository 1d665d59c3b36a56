package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.Text;

import java.time.Instant;

/** A voucher partner: where codes come from. */
public record Partner(PartnerId id, String name, PartnerKind kind, Instant createdAt) {

    public record Draft(String name, PartnerKind kind) {
        public Draft {
            name = Text.required("name", name, 200);
            java.util.Objects.requireNonNull(kind, "kind");
        }
    }
}
