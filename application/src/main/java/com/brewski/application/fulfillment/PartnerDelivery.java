package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.PartnerSource;
import com.brewski.domain.fulfillment.PartnerTransaction;
import com.brewski.domain.fulfillment.PartnerTransactionStatus;
import com.brewski.domain.fulfillment.Voucher;
import com.brewski.domain.fulfillment.VoucherCode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gets every unit of an item from its sources, tried in the order given until one delivers them all.
 * Preloaded partners hand out stored codes; HTTP partners are bought from one unit at a time, each
 * purchase recorded (and committed) before the call. A purchase whose outcome is unknown is asked
 * about before anything new is bought, and a voucher bought before (DONE, not yet on an item) is used
 * before buying another, so a retry never pays twice. Runs outside any transaction: the caller holds
 * the item's lease.
 */
final class PartnerDelivery {
    static final String NO_SOURCE = "No available fulfillment source for this product";
    private static final System.Logger LOG = System.getLogger(PartnerDelivery.class.getName());

    private final PreloadedCodes preloaded;
    private final PartnerTransactions purchases;
    private final VoucherPartner http;
    private final Transactions transactions;
    private final Clock clock;
    private final FulfilmentPolicy policy;

    PartnerDelivery(PreloadedCodes preloaded, PartnerTransactions purchases, VoucherPartner http,
                    Transactions transactions, Clock clock, FulfilmentPolicy policy) {
        this.preloaded = preloaded;
        this.purchases = purchases;
        this.http = http;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * The attempt status of a delivery that gave nothing: FAILED for an unexpected error or a partner
     * that is not configured, PARTNER_FAILED when a partner answered without a code.
     */
    static com.brewski.domain.fulfillment.AttemptStatus failureStatus(Delivery.NotDelivered n) {
        return "ERROR".equals(n.partnerStatus()) || "NOT_CONFIGURED".equals(n.partnerStatus())
                ? com.brewski.domain.fulfillment.AttemptStatus.FAILED : com.brewski.domain.fulfillment.AttemptStatus.PARTNER_FAILED;
    }

    /** What the sources gave. {@code response} mirrors the partner's answer for the audit trail. */
    sealed interface Delivery {
        Map<String, Object> response();

        PartnerTransaction lastPurchase();

        record Delivered(PartnerSource source, List<Voucher> vouchers, List<PartnerTransaction> purchases,
                         Map<String, Object> response, PartnerTransaction lastPurchase) implements Delivery {}

        record NotDelivered(String partnerStatus, String reason, Map<String, Object> response,
                            PartnerTransaction lastPurchase) implements Delivery {}
    }

    Delivery deliver(OrderItem item, String recipient, List<PartnerSource> sources, UUID correlationId) {
        String tag = FulfilmentAttempt.logTag(correlationId);
        if (sources.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "{0} order item {1}: no active source", tag, item.id());
            return new Delivery.NotDelivered("NO_SOURCE", NO_SOURCE, response("NO_SOURCE", null, null), null);
        }
        Delivery last = null;
        for (PartnerSource source : sources) {
            last = switch (source.partnerKind()) {
                case PRELOADED -> fromStock(item, source, tag);
                case ZENDIT -> fromHttpPartner(item, recipient, source, correlationId, tag);
            };
            if (last instanceof Delivery.Delivered) return last;
            LOG.log(System.Logger.Level.INFO, "{0} order item {1}: source {2} did not deliver ({3})", tag, item.id(),
                    source.id(), ((Delivery.NotDelivered) last).reason());
        }
        return last;
    }

    private Delivery fromStock(OrderItem item, PartnerSource source, String tag) {
        List<VoucherCode> codes = transactions.inTransaction(() ->
                preloaded.claim(source.partnerId(), item.variantId(), item.id(), item.quantity(), clock.instant()));
        if (codes.size() < item.quantity())
            return new Delivery.NotDelivered("NO_STOCK", "Partner " + source.partnerName() + " has no stock for this product",
                    response("NO_STOCK", source, null), null);
        LOG.log(System.Logger.Level.INFO, "{0} order item {1}: {2} preloaded code(s) from partner {3}", tag, item.id(),
                codes.size(), source.partnerId());
        return new Delivery.Delivered(source, codes.stream().map(c -> new Voucher(c, source.partnerId())).toList(), List.of(),
                response("DONE", source, null), null);
    }

    private Delivery fromHttpPartner(OrderItem item, String recipient, PartnerSource source, UUID correlationId, String tag) {
        if (!http.configured())
            return new Delivery.NotDelivered("NOT_CONFIGURED", "partner not configured", response("NOT_CONFIGURED", source, null), null);
        if (source.offerId() == null)
            return new Delivery.NotDelivered("NO_OFFER", "partner source " + source.id() + " has no offerId",
                    response("NO_OFFER", source, null), null);
        List<PartnerTransaction> spares = new ArrayList<>();
        PartnerTransaction last = null;
        for (PartnerTransaction row : purchases.of(item.id(), source.id())) {
            if (row.unresolved()) {
                row = settle(row, correlationId, tag);
                last = row;
                if (row.unresolved()) return stillOpen(row, source);
            }
            if (row.spare()) spares.add(row);
        }
        while (spares.size() < item.quantity()) {
            PartnerTransaction row = purchases.insert(PartnerTransaction.start(item.id(), source, UUID.randomUUID(), clock.instant()));
            last = row;
            LOG.log(System.Logger.Level.INFO, "{0} order item {1}: purchase {2} from partner {3}", tag, item.id(),
                    row.transactionId(), source.partnerId());
            VoucherPartner.Reply reply = http.purchase(correlationId, row.transactionId(), source.offerId(), recipient);
            row = switch (reply) {
                case VoucherPartner.Reply.Done d when d.voucher() != null -> record(row.done(d.voucher(), clock.instant()));
                case VoucherPartner.Reply.Done d -> settle(row, correlationId, tag);
                case VoucherPartner.Reply.Pending p -> settle(record(row.with(PartnerTransactionStatus.PENDING, p.raw(), null, clock.instant())), correlationId, tag);
                case VoucherPartner.Reply.AlreadyExists a -> settle(row, correlationId, tag);
                case VoucherPartner.Reply.Unknown u -> record(row.with(PartnerTransactionStatus.UNKNOWN, null, u.reason(), clock.instant()));
                case VoucherPartner.Reply.Failed f -> record(row.with(PartnerTransactionStatus.FAILED, f.raw(), f.reason(), clock.instant()));
                case VoucherPartner.Reply.NotFound n -> record(row.with(PartnerTransactionStatus.FAILED, "NOT_FOUND", "the partner does not know this purchase", clock.instant()));
            };
            last = row;
            if (row.unresolved()) return stillOpen(row, source);
            if (row.status() == PartnerTransactionStatus.FAILED) {
                String raw = row.partnerStatus() == null ? "FAILED" : row.partnerStatus();
                return new Delivery.NotDelivered(raw, row.errorMessage() == null ? "the partner failed the purchase" : row.errorMessage(),
                        response(raw, source, row), row);
            }
            spares.add(row);
        }
        List<PartnerTransaction> used = spares.subList(0, item.quantity());
        return new Delivery.Delivered(source, used.stream().map(t -> new Voucher(t.voucher(), source.partnerId())).toList(),
                List.copyOf(used), response("DONE", source, last), last);
    }

    /** Asks the partner about a purchase, polling a bounded number of times while it is pending. */
    private PartnerTransaction settle(PartnerTransaction row, UUID correlationId, String tag) {
        for (int poll = 0; ; poll++) {
            VoucherPartner.Reply reply = http.status(correlationId, row.transactionId());
            PartnerTransaction next = switch (reply) {
                case VoucherPartner.Reply.Done d when d.voucher() != null -> row.done(d.voucher(), clock.instant());
                case VoucherPartner.Reply.Done d -> row.with(PartnerTransactionStatus.FAILED, "DONE", "the partner answered DONE without a code", clock.instant());
                case VoucherPartner.Reply.Pending p -> row.with(PartnerTransactionStatus.PENDING, p.raw(), null, clock.instant());
                case VoucherPartner.Reply.AlreadyExists a -> row.with(PartnerTransactionStatus.PENDING, null, null, clock.instant());
                case VoucherPartner.Reply.Failed f -> row.with(PartnerTransactionStatus.FAILED, f.raw(), f.reason(), clock.instant());
                case VoucherPartner.Reply.NotFound n -> row.with(PartnerTransactionStatus.FAILED, "NOT_FOUND", "the partner does not know this purchase", clock.instant());
                case VoucherPartner.Reply.Unknown u -> row.with(PartnerTransactionStatus.UNKNOWN, null, u.reason(), clock.instant());
            };
            row = record(next);
            if (row.status() != PartnerTransactionStatus.PENDING || poll >= policy.pendingPolls()) {
                LOG.log(System.Logger.Level.INFO, "{0} purchase {1} is {2}", tag, row.transactionId(), row.status());
                return row;
            }
            pause(policy.pollBackoff().multipliedBy(1L << Math.min(poll, 6)));
        }
    }

    private PartnerTransaction record(PartnerTransaction row) {
        purchases.update(row);
        return row;
    }

    private static Delivery stillOpen(PartnerTransaction row, PartnerSource source) {
        String raw = row.partnerStatus() != null ? row.partnerStatus() : row.status().wire();
        String reason = row.status() == PartnerTransactionStatus.UNKNOWN
                ? "the outcome of purchase " + row.transactionId() + " is unknown" + (row.errorMessage() == null ? "" : " (" + row.errorMessage() + ")")
                : "purchase " + row.transactionId() + " is still pending at the partner";
        return new Delivery.NotDelivered(raw, reason, response(raw, source, row), row);
    }

    private static Map<String, Object> response(String status, PartnerSource source, PartnerTransaction row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        if (source != null) {
            map.put("offerId", source.offerId());
            map.put("partnerId", source.partnerId().value());
            map.put("partner", source.partnerName());
            map.put("partnerSourceId", source.id().value());
        }
        if (row != null) map.put("transactionId", row.transactionId().toString());
        return map;
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
