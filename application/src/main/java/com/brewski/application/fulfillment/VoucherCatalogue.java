package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherProduct;
import com.brewski.domain.fulfillment.VoucherProductId;
import com.brewski.domain.fulfillment.VoucherVariant;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The voucher catalogue: products, their variants, and the partner sources of each variant. */
public interface VoucherCatalogue {
    VoucherProduct addProduct(VoucherProduct.Draft draft, Instant now);

    boolean productExists(VoucherProductId id);

    /** Products (newest first) with their variants, one page. */
    Page<VoucherProduct> products(PageRequest page);

    VoucherVariant addVariant(VoucherProductId productId, VoucherVariant.Draft draft, Instant now);

    /** The variants among {@code ids} that exist. */
    Map<VariantId, VoucherVariant> variants(Collection<VariantId> ids);

    PartnerSource addSource(PartnerSource.Draft draft, Instant now);

    /** The source, locked for update. */
    Optional<PartnerSource> lockSource(PartnerSourceId id);

    Optional<PartnerSource> source(PartnerSourceId id);

    void updateSource(PartnerSource source, Instant now);

    /** The active sources of a variant, lowest priority first (ties by id). */
    List<PartnerSource> activeSources(VariantId variantId);
}
