package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.ShippingRulesRecord;
import com.brewski.application.orders.ShippingRules;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.ShippingRule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.SHIPPING_RULES;

/** Shipping rules in the {@code shipping_rules} table. */
final class JooqShippingRules implements ShippingRules {
    private final JooqTransactions transactions;

    JooqShippingRules(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<ShippingRule> of(TeamId teamId) {
        return transactions.dsl().selectFrom(SHIPPING_RULES)
                .where(SHIPPING_RULES.TEAM_ID.eq(teamId.value()))
                .orderBy(SHIPPING_RULES.MIN_SUBTOTAL_MINOR, SHIPPING_RULES.ID)
                .fetch(JooqShippingRules::toRule);
    }

    @Override
    public Optional<ShippingRule> byId(UUID id) {
        return transactions.dsl().selectFrom(SHIPPING_RULES)
                .where(SHIPPING_RULES.ID.eq(id))
                .fetchOptional()
                .map(JooqShippingRules::toRule);
    }

    @Override
    public void insert(ShippingRule rule) {
        ShippingRulesRecord row = transactions.dsl().newRecord(SHIPPING_RULES);
        row.setId(rule.id());
        row.setTeamId(rule.teamId());
        row.setCreatedAt(rule.createdAt());
        write(rule, row);
        row.insert();
    }

    @Override
    public void update(ShippingRule rule) {
        ShippingRulesRecord row = transactions.dsl().newRecord(SHIPPING_RULES);
        write(rule, row);
        int updated = transactions.dsl().update(SHIPPING_RULES)
                .set(row)
                .where(SHIPPING_RULES.ID.eq(rule.id()))
                .execute();
        if (updated == 0) throw new IllegalStateException("shipping rule " + rule.id() + " is not stored");
    }

    @Override
    public void delete(UUID id) {
        transactions.dsl().deleteFrom(SHIPPING_RULES).where(SHIPPING_RULES.ID.eq(id)).execute();
    }

    /** Every column but id, team_id and created_at, which never change. */
    private static void write(ShippingRule rule, ShippingRulesRecord row) {
        row.setName(rule.name());
        row.setAmountMinor(rule.amountMinor());
        row.setMinSubtotalMinor(rule.minSubtotalMinor());
        row.setFreeAboveMinor(rule.freeAboveMinor());
        row.setUpdatedAt(rule.updatedAt());
    }

    private static ShippingRule toRule(ShippingRulesRecord row) {
        return new ShippingRule(row.getId(), row.getTeamId(), row.getName(), row.getAmountMinor(),
                row.getMinSubtotalMinor(), row.getFreeAboveMinor(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
