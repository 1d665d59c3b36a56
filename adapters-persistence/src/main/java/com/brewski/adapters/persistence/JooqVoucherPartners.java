package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.VoucherPartnersRecord;
import com.brewski.application.fulfillment.VoucherPartners;
import com.brewski.domain.fulfillment.Partner;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.PartnerKind;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Instant;
import java.util.Optional;

import static com.brewski.adapters.persistence.jooq.Tables.VOUCHER_PARTNERS;

/** Voucher partners in {@code voucher_partners}. */
final class JooqVoucherPartners implements VoucherPartners {
    private final JooqTransactions transactions;

    JooqVoucherPartners(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Partner add(Partner.Draft draft, Instant now) {
        return toPartner(transactions.dsl().insertInto(VOUCHER_PARTNERS)
                .set(VOUCHER_PARTNERS.NAME, draft.name())
                .set(VOUCHER_PARTNERS.KIND, draft.kind().wire())
                .set(VOUCHER_PARTNERS.CREATED_AT, now)
                .returning().fetchOne());
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return transactions.dsl().selectFrom(VOUCHER_PARTNERS).where(VOUCHER_PARTNERS.ID.eq(id.value()))
                .fetchOptional(JooqVoucherPartners::toPartner);
    }

    @Override
    public Page<Partner> list(PageRequest page) {
        var dsl = transactions.dsl();
        var rows = dsl.selectFrom(VOUCHER_PARTNERS).orderBy(VOUCHER_PARTNERS.ID)
                .limit(page.pageSize()).offset(page.offset()).fetch(JooqVoucherPartners::toPartner);
        long total = dsl.fetchCount(VOUCHER_PARTNERS);
        return new Page<>(rows, page.page(), page.pageSize(), total);
    }

    static Partner toPartner(VoucherPartnersRecord r) {
        return new Partner(new PartnerId(r.getId()), r.getName(), PartnerKind.parse("kind", r.getKind()), r.getCreatedAt());
    }
}
