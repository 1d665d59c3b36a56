package com.brewski.adapters.persistence;

import com.brewski.application.fulfillment.PreloadedCodes;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.shared.Conflict;
import org.jooq.Record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.brewski.adapters.persistence.jooq.Tables.PRELOADED_CODES;

/** Preloaded stock in {@code preloaded_codes}; claims lock rows with {@code FOR UPDATE SKIP LOCKED}. */
final class JooqPreloadedCodes implements PreloadedCodes {
    private final JooqTransactions transactions;

    JooqPreloadedCodes(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public int add(PartnerId partnerId, VariantId variantId, List<VoucherCode> codes, Instant now) {
        var insert = transactions.dsl().insertInto(PRELOADED_CODES, PRELOADED_CODES.PARTNER_ID, PRELOADED_CODES.VARIANT_ID,
                PRELOADED_CODES.CODE, PRELOADED_CODES.PIN, PRELOADED_CODES.REDEMPTION_URL, PRELOADED_CODES.EXPIRES_AT,
                PRELOADED_CODES.CREATED_AT);
        for (VoucherCode c : codes)
            insert = insert.values(partnerId.value(), variantId.value(), c.code(), c.pin(), c.redemptionUrl(), c.expiresAt(), now);
        var statement = insert;
        if (JooqSavepoints.uniqueViolation(transactions, statement::execute).isPresent())
            throw new Conflict("a code in the request is already loaded", "CODE_ALREADY_LOADED");
        return codes.size();
    }

    @Override
    public List<VoucherCode> claim(PartnerId partnerId, VariantId variantId, OrderItemId itemId, int count, Instant now) {
        var dsl = transactions.dsl();
        List<Record> mine = new ArrayList<>(dsl.select(PRELOADED_CODES.fields()).from(PRELOADED_CODES)
                .where(PRELOADED_CODES.CLAIMED_BY_ITEM.eq(itemId.value()).and(PRELOADED_CODES.PARTNER_ID.eq(partnerId.value())))
                .orderBy(PRELOADED_CODES.ID).fetch());
        if (mine.size() < count) {
            var free = dsl.select(PRELOADED_CODES.fields()).from(PRELOADED_CODES)
                    .where(PRELOADED_CODES.PARTNER_ID.eq(partnerId.value()).and(PRELOADED_CODES.VARIANT_ID.eq(variantId.value()))
                            .and(PRELOADED_CODES.CLAIMED_BY_ITEM.isNull()))
                    .orderBy(PRELOADED_CODES.ID).limit(count - mine.size()).forUpdate().skipLocked().fetch();
            if (mine.size() + free.size() < count) return List.of();
            dsl.update(PRELOADED_CODES).set(PRELOADED_CODES.CLAIMED_BY_ITEM, itemId.value()).set(PRELOADED_CODES.CLAIMED_AT, now)
                    .where(PRELOADED_CODES.ID.in(free.map(r -> r.get(PRELOADED_CODES.ID)))).execute();
            mine.addAll(free);
        }
        return mine.subList(0, count).stream().map(r -> new VoucherCode(r.get(PRELOADED_CODES.CODE), r.get(PRELOADED_CODES.PIN),
                r.get(PRELOADED_CODES.REDEMPTION_URL), r.get(PRELOADED_CODES.EXPIRES_AT))).toList();
    }
}
