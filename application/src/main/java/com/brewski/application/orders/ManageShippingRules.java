package com.brewski.application.orders;

import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.ShippingRule;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team's shipping rules: members read, owners and admins write. Orders pick them up on their next change. */
public final class ManageShippingRules {
    private final ShippingRules rules;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageShippingRules(ShippingRules rules, TeamAccess access, Transactions transactions, Clock clock, Ids ids) {
        this.rules = rules;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record RuleChange(Patch<String> name, Patch<Long> amountMinor, Patch<Long> minSubtotalMinor, Patch<Long> freeAboveMinor) {}

    public List<ShippingRule> list(Caller caller, TeamId teamId) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return rules.of(teamId);
        });
    }

    public ShippingRule create(Caller caller, TeamId teamId, String name, Long amountMinor, Long minSubtotalMinor, Long freeAboveMinor) {
        if (amountMinor == null) throw new InvalidField("amountMinor", "amountMinor is required");
        return transactions.inTransaction(() -> {
            access.requireManager(caller, teamId);
            Instant now = clock.instant();
            ShippingRule rule = new ShippingRule(ids.newId(), teamId.value(), name, amountMinor,
                    minSubtotalMinor == null ? 0 : minSubtotalMinor, freeAboveMinor, now, now);
            rules.insert(rule);
            return rule;
        });
    }

    public ShippingRule update(Caller caller, UUID ruleId, RuleChange change) {
        return transactions.inTransaction(() -> {
            ShippingRule current = managed(caller, ruleId);
            Long amount = change.amountMinor().orElse(current.amountMinor());
            Long min = change.minSubtotalMinor().orElse(current.minSubtotalMinor());
            if (amount == null) throw new InvalidField("amountMinor", "amountMinor cannot be null");
            ShippingRule changed = new ShippingRule(current.id(), current.teamId(), change.name().orElse(current.name()),
                    amount, min == null ? 0 : min, change.freeAboveMinor().orElse(current.freeAboveMinor()),
                    current.createdAt(), clock.instant());
            rules.update(changed);
            return changed;
        });
    }

    public void delete(Caller caller, UUID ruleId) {
        transactions.run(() -> {
            managed(caller, ruleId);
            rules.delete(ruleId);
        });
    }

    private ShippingRule managed(Caller caller, UUID ruleId) {
        ShippingRule rule = rules.byId(ruleId).orElseThrow(() -> new NotFound("Shipping rule not found"));
        access.requireManager(caller, new TeamId(rule.teamId()));
        return rule;
    }
}
