package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.Partner;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.PartnerKind;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads stock codes of a variant for a {@code preloaded} partner; a code already loaded is 409 and loads nothing. */
public final class LoadPreloadedCodes {
    public static final int MAX_CODES = 1000;

    private final VoucherPartners partners;
    private final VoucherCatalogue catalogue;
    private final PreloadedCodes codes;
    private final Transactions transactions;
    private final Clock clock;

    public LoadPreloadedCodes(VoucherPartners partners, VoucherCatalogue catalogue, PreloadedCodes codes,
                              Transactions transactions, Clock clock) {
        this.partners = partners;
        this.catalogue = catalogue;
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public int load(PartnerId partnerId, VariantId variantId, List<VoucherCode> stock) {
        if (stock.isEmpty()) throw new InvalidField("codes", "codes must have at least one entry");
        if (stock.size() > MAX_CODES) throw new InvalidField("codes", "codes must have at most " + MAX_CODES + " entries");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < stock.size(); i++)
            if (!seen.add(stock.get(i).code())) throw new InvalidField("codes[" + i + "].code", "codes[" + i + "].code appears twice");
        return transactions.inTransaction(() -> {
            Partner partner = partners.find(partnerId).orElseThrow(() -> new NotFound("Partner not found", "PARTNER_NOT_FOUND"));
            if (partner.kind() != PartnerKind.PRELOADED)
                throw new InvalidField("partnerId", "codes can only be loaded for a preloaded partner");
            if (catalogue.variants(List.of(variantId)).isEmpty())
                throw new InvalidField("variantId", "variantId is not a known variant");
            return codes.add(partnerId, variantId, stock, clock.instant());
        });
    }
}
