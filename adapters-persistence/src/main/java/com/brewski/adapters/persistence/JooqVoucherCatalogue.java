package com.brewski.adapters.persistence;

import com.brewski.application.fulfillment.VoucherCatalogue;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.PartnerKind;
import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.fulfillment.PartnerSourceId;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherProduct;
import com.brewski.domain.fulfillment.VoucherProductId;
import com.brewski.domain.fulfillment.VoucherVariant;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.brewski.adapters.persistence.jooq.Tables.PARTNER_SOURCES;
import static com.brewski.adapters.persistence.jooq.Tables.VOUCHER_PARTNERS;
import static com.brewski.adapters.persistence.jooq.Tables.VOUCHER_PRODUCTS;
import static com.brewski.adapters.persistence.jooq.Tables.VOUCHER_VARIANTS;

/** Voucher products, variants and partner sources. */
final class JooqVoucherCatalogue implements VoucherCatalogue {
    private final JooqTransactions transactions;

    JooqVoucherCatalogue(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public VoucherProduct addProduct(VoucherProduct.Draft draft, Instant now) {
        var r = transactions.dsl().insertInto(VOUCHER_PRODUCTS)
                .set(VOUCHER_PRODUCTS.NAME, draft.name())
                .set(VOUCHER_PRODUCTS.BRAND, draft.brand())
                .set(VOUCHER_PRODUCTS.DESCRIPTION, draft.description())
                .set(VOUCHER_PRODUCTS.CREATED_AT, now)
                .returning().fetchOne();
        return new VoucherProduct(new VoucherProductId(r.getId()), r.getName(), r.getBrand(), r.getDescription(), r.getCreatedAt(), List.of());
    }

    @Override
    public boolean productExists(VoucherProductId id) {
        return transactions.dsl().fetchExists(VOUCHER_PRODUCTS, VOUCHER_PRODUCTS.ID.eq(id.value()));
    }

    /** One query for the page of products, one for all their variants, one count. */
    @Override
    public Page<VoucherProduct> products(PageRequest page) {
        var dsl = transactions.dsl();
        var products = dsl.selectFrom(VOUCHER_PRODUCTS)
                .orderBy(VOUCHER_PRODUCTS.CREATED_AT.desc(), VOUCHER_PRODUCTS.ID.desc())
                .limit(page.pageSize()).offset(page.offset()).fetch();
        long total = dsl.fetchCount(VOUCHER_PRODUCTS);
        List<Long> ids = products.map(r -> r.getId());
        Map<Long, List<VoucherVariant>> variants = variantQuery().where(VOUCHER_VARIANTS.PRODUCT_ID.in(ids))
                .orderBy(VOUCHER_VARIANTS.ID).fetch(JooqVoucherCatalogue::toVariant).stream()
                .collect(Collectors.groupingBy(v -> v.productId().value(), LinkedHashMap::new, Collectors.toList()));
        return new Page<>(products.map(r -> new VoucherProduct(new VoucherProductId(r.getId()), r.getName(), r.getBrand(),
                r.getDescription(), r.getCreatedAt(), variants.getOrDefault(r.getId(), List.of()))), page.page(), page.pageSize(), total);
    }

    @Override
    public VoucherVariant addVariant(VoucherProductId productId, VoucherVariant.Draft draft, Instant now) {
        long id = transactions.dsl().insertInto(VOUCHER_VARIANTS)
                .set(VOUCHER_VARIANTS.PRODUCT_ID, productId.value())
                .set(VOUCHER_VARIANTS.NAME, draft.name())
                .set(VOUCHER_VARIANTS.PRICE_MINOR, draft.priceMinor())
                .set(VOUCHER_VARIANTS.CURRENCY_SYMBOL, draft.currencySymbol())
                .set(VOUCHER_VARIANTS.ACTIVE, true)
                .set(VOUCHER_VARIANTS.CREATED_AT, now)
                .returning(VOUCHER_VARIANTS.ID).fetchOne().getId();
        return variants(List.of(new VariantId(id))).get(new VariantId(id));
    }

    @Override
    public Map<VariantId, VoucherVariant> variants(Collection<VariantId> ids) {
        if (ids.isEmpty()) return Map.of();
        return variantQuery().where(VOUCHER_VARIANTS.ID.in(ids.stream().map(VariantId::value).toList()))
                .fetch(JooqVoucherCatalogue::toVariant).stream()
                .collect(Collectors.toMap(VoucherVariant::id, Function.identity()));
    }

    private SelectOnConditionStep<Record> variantQuery() {
        return transactions.dsl().select(VOUCHER_VARIANTS.fields()).select(VOUCHER_PRODUCTS.NAME)
                .from(VOUCHER_VARIANTS).join(VOUCHER_PRODUCTS).on(VOUCHER_PRODUCTS.ID.eq(VOUCHER_VARIANTS.PRODUCT_ID));
    }

    private static VoucherVariant toVariant(Record r) {
        return new VoucherVariant(new VariantId(r.get(VOUCHER_VARIANTS.ID)), new VoucherProductId(r.get(VOUCHER_VARIANTS.PRODUCT_ID)),
                r.get(VOUCHER_PRODUCTS.NAME), r.get(VOUCHER_VARIANTS.NAME), r.get(VOUCHER_VARIANTS.PRICE_MINOR),
                r.get(VOUCHER_VARIANTS.CURRENCY_SYMBOL), r.get(VOUCHER_VARIANTS.ACTIVE));
    }

    @Override
    public PartnerSource addSource(PartnerSource.Draft draft, Instant now) {
        long id = transactions.dsl().insertInto(PARTNER_SOURCES)
                .set(PARTNER_SOURCES.VARIANT_ID, draft.variantId().value())
                .set(PARTNER_SOURCES.PARTNER_ID, draft.partnerId().value())
                .set(PARTNER_SOURCES.OFFER_ID, draft.offerId())
                .set(PARTNER_SOURCES.PRIORITY, draft.priority())
                .set(PARTNER_SOURCES.ACTIVE, draft.active())
                .set(PARTNER_SOURCES.CREATED_AT, now)
                .set(PARTNER_SOURCES.UPDATED_AT, now)
                .returning(PARTNER_SOURCES.ID).fetchOne().getId();
        return source(new PartnerSourceId(id)).orElseThrow();
    }

    @Override
    public Optional<PartnerSource> lockSource(PartnerSourceId id) {
        transactions.dsl().select(PARTNER_SOURCES.ID).from(PARTNER_SOURCES).where(PARTNER_SOURCES.ID.eq(id.value())).forUpdate().fetch();
        return source(id);
    }

    @Override
    public Optional<PartnerSource> source(PartnerSourceId id) {
        return sourceQuery().where(PARTNER_SOURCES.ID.eq(id.value())).fetchOptional(JooqVoucherCatalogue::toSource);
    }

    @Override
    public void updateSource(PartnerSource source, Instant now) {
        transactions.dsl().update(PARTNER_SOURCES)
                .set(PARTNER_SOURCES.PRIORITY, source.priority())
                .set(PARTNER_SOURCES.ACTIVE, source.active())
                .set(PARTNER_SOURCES.UPDATED_AT, now)
                .where(PARTNER_SOURCES.ID.eq(source.id().value())).execute();
    }

    @Override
    public List<PartnerSource> activeSources(VariantId variantId) {
        return sourceQuery().where(PARTNER_SOURCES.VARIANT_ID.eq(variantId.value()).and(PARTNER_SOURCES.ACTIVE))
                .orderBy(PARTNER_SOURCES.PRIORITY, PARTNER_SOURCES.ID).fetch(JooqVoucherCatalogue::toSource);
    }

    private SelectOnConditionStep<Record> sourceQuery() {
        return transactions.dsl().select(PARTNER_SOURCES.fields()).select(VOUCHER_PARTNERS.NAME, VOUCHER_PARTNERS.KIND)
                .from(PARTNER_SOURCES).join(VOUCHER_PARTNERS).on(VOUCHER_PARTNERS.ID.eq(PARTNER_SOURCES.PARTNER_ID));
    }

    private static PartnerSource toSource(Record r) {
        return new PartnerSource(new PartnerSourceId(r.get(PARTNER_SOURCES.ID)), new VariantId(r.get(PARTNER_SOURCES.VARIANT_ID)),
                new PartnerId(r.get(PARTNER_SOURCES.PARTNER_ID)), r.get(VOUCHER_PARTNERS.NAME),
                PartnerKind.parse("kind", r.get(VOUCHER_PARTNERS.KIND)), r.get(PARTNER_SOURCES.OFFER_ID),
                r.get(PARTNER_SOURCES.PRIORITY), r.get(PARTNER_SOURCES.ACTIVE));
    }
}
