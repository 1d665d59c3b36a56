package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.Partner;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Instant;
import java.util.Optional;

/** The partners vouchers come from. */
public interface VoucherPartners {
    Partner add(Partner.Draft draft, Instant now);

    Optional<Partner> find(PartnerId id);

    /** Partners in creation order, one page. */
    Page<Partner> list(PageRequest page);
}
