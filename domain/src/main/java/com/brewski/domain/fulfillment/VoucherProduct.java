package com.brewski.domain.fulfillment;

import com.brewski.domain.shared.Text;

import java.time.Instant;
import java.util.List;

/** A voucher product of the catalogue (a brand's gift card) with its variants (denominations). */
public record VoucherProduct(VoucherProductId id, String name, String brand, String description, Instant createdAt,
                             List<VoucherVariant> variants) {
    public VoucherProduct {
        variants = List.copyOf(variants);
    }

    /** A product about to be created: name required (at most 200), brand and description optional. */
    public record Draft(String name, String brand, String description) {
        public Draft {
            name = Text.required("name", name, 200);
            brand = Text.optional("brand", brand, 200);
            description = Text.optional("description", description, 4000);
        }
    }
}
