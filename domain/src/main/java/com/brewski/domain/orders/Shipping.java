package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.MoneyBounds;
import com.brewski.domain.shared.Text;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An order's shipping: {@code auto} picks the team rule that fits the items' subtotal (the one
 * with the highest minimum that is met), {@code manual} charges a given amount, {@code none}
 * charges nothing.
 */
public record Shipping(ShippingMode mode, UUID ruleId, String ruleName, long amountMinor, String notes) {
    public static final Shipping NONE = new Shipping(ShippingMode.NONE, null, null, 0, null);

    public Shipping {
        Objects.requireNonNull(mode);
        MoneyBounds.amount("shipping.amountMinor", amountMinor);
        notes = Text.optional("shipping.notes", notes, 500);
    }

    /** What the caller chose: the mode, a manual amount (manual only) and notes. */
    public record Choice(ShippingMode mode, Long manualAmountMinor, String notes) {
        public static final Choice AUTO = new Choice(ShippingMode.AUTO, null, null);

        public Choice {
            Objects.requireNonNull(mode);
            if (mode == ShippingMode.MANUAL && manualAmountMinor == null)
                throw new InvalidField("shipping.amountMinor", "shipping.amountMinor is required when mode is manual");
            if (mode != ShippingMode.MANUAL && manualAmountMinor != null)
                throw new InvalidField("shipping.amountMinor", "shipping.amountMinor is only allowed when mode is manual");
            MoneyBounds.amount("shipping.amountMinor", manualAmountMinor);
        }
    }

    public Choice choice() {
        return new Choice(mode, mode == ShippingMode.MANUAL ? amountMinor : null, notes);
    }

    public static Shipping resolve(Choice choice, List<ShippingRule> rules, long itemsNetMinor) {
        return switch (choice.mode()) {
            case NONE -> new Shipping(ShippingMode.NONE, null, null, 0, choice.notes());
            case MANUAL -> new Shipping(ShippingMode.MANUAL, null, null, choice.manualAmountMinor(), choice.notes());
            case AUTO -> rules.stream()
                    .filter(rule -> rule.fits(itemsNetMinor))
                    .max(Comparator.comparingLong(ShippingRule::minSubtotalMinor)
                            .thenComparing(Comparator.comparingLong(ShippingRule::amountMinor).reversed()))
                    .map(rule -> new Shipping(ShippingMode.AUTO, rule.id(), rule.name(), rule.chargeFor(itemsNetMinor), choice.notes()))
                    .orElse(new Shipping(ShippingMode.AUTO, null, null, 0, choice.notes()));
        };
    }
}
