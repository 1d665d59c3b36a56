package com.brewski.application.fulfillment;

import com.brewski.application.shared.RateLimiter;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherVariant;
import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.RateLimited;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Public checkout: an order of known, active variants, priced from the catalogue, rate-limited per address. */
public final class PlaceVoucherOrder {
    private final VoucherCatalogue catalogue;
    private final VoucherOrders orders;
    private final RateLimiter rateLimiter;
    private final Transactions transactions;
    private final Clock clock;
    private final FulfilmentPolicy policy;

    public PlaceVoucherOrder(VoucherCatalogue catalogue, VoucherOrders orders, RateLimiter rateLimiter,
                             Transactions transactions, Clock clock, FulfilmentPolicy policy) {
        this.catalogue = catalogue;
        this.orders = orders;
        this.rateLimiter = rateLimiter;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    public record Line(VariantId variantId, int quantity) {}

    public VoucherOrder place(String address, Email email, List<Line> lines) {
        Duration wait = rateLimiter.hit("voucher-checkout:" + address, policy.checkoutsPerAddress(), policy.checkoutWindow());
        if (!wait.isZero() && !wait.isNegative())
            throw new RateLimited("too many checkouts from this address; try again later", wait, "RATE_LIMITED");
        return transactions.inTransaction(() -> {
            Map<VariantId, VoucherVariant> variants = catalogue.variants(lines.stream().map(Line::variantId).toList());
            List<VoucherOrder.Line> priced = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                VoucherVariant variant = variants.get(lines.get(i).variantId());
                if (variant == null)
                    throw new InvalidField("items[" + i + "].variantId", "items[" + i + "].variantId is not a known variant");
                priced.add(new VoucherOrder.Line(variant, lines.get(i).quantity()));
            }
            return orders.insert(VoucherOrder.place(email, priced, clock.instant()));
        });
    }
}
