package com.brewski.application.testing;

import com.brewski.application.fulfillment.AdminAlerts;
import com.brewski.application.fulfillment.FulfilmentAttempts;
import com.brewski.application.fulfillment.FulfilmentJobs;
import com.brewski.application.fulfillment.PartnerTransactions;
import com.brewski.application.fulfillment.PreloadedCodes;
import com.brewski.application.fulfillment.VoucherCatalogue;
import com.brewski.application.fulfillment.VoucherOrders;
import com.brewski.application.fulfillment.VoucherPartners;
import com.brewski.application.shared.Mailer;
import com.brewski.domain.fulfillment.*;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.time.Instant;
import java.util.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * In-memory implementations of every fulfillment port, for use-case tests without infrastructure.
 * Orders are stored as copies, so a use case sees only what it saved. Not thread-safe beyond
 * {@link InMemoryTransactions}' one-at-a-time lock.
 */
public final class InMemoryFulfillment {
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, VoucherProduct> products = new LinkedHashMap<>();
    private final Map<Long, VoucherVariant> variants = new LinkedHashMap<>();
    private final Map<Long, Partner> partners = new LinkedHashMap<>();
    private final Map<Long, PartnerSource> sources = new LinkedHashMap<>();
    private final Map<String, Stock> stock = new LinkedHashMap<>();
    private final Map<Long, VoucherOrder> orders = new LinkedHashMap<>();
    private final List<VoucherPayment> payments = new ArrayList<>();
    private final List<FulfilmentAttempt> attempts = new ArrayList<>();
    private final Map<Long, AdminAlert> alerts = new LinkedHashMap<>();
    private final Map<Long, PartnerTransaction> purchases = new LinkedHashMap<>();
    /** The jobs queued, in order. */
    public final List<VoucherOrderId> jobs = new ArrayList<>();
    /** The messages sent through {@link #mailer()}. */
    public final List<Mailer.Message> sent = new ArrayList<>();
    private boolean mailDown;

    private record Stock(PartnerId partner, VariantId variant, VoucherCode code, OrderItemId claimedBy) {}

    private long next() {
        return ids.incrementAndGet();
    }

    /** Makes the mailer refuse (SMTP down) or accept again. */
    public void mailDown(boolean down) {
        this.mailDown = down;
    }

    public Mailer mailer() {
        return message -> {
            if (mailDown) throw new com.brewski.domain.shared.Unavailable("mail delivery failed");
            sent.add(message);
        };
    }

    public FulfilmentJobs jobs() {
        return jobs::add;
    }

    public List<FulfilmentAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public List<AdminAlert> alertList() {
        return List.copyOf(alerts.values());
    }

    public List<PartnerTransaction> purchaseList() {
        return List.copyOf(purchases.values());
    }

    private static VoucherOrder copy(VoucherOrder o) {
        return VoucherOrder.rebuild(o.id(), o.customerEmail(), o.status(), o.totalMinor(), o.currencySymbol(), o.dispatchedEmail(),
                o.emailSentAt(), o.items().stream().map(i -> OrderItem.rebuild(i.id(), i.variantId(), i.productName(), i.variantName(),
                        i.quantity(), i.unitPriceMinor(), i.fulfilled(), i.fulfilledAt(), i.status(), i.vouchers(), i.claimedUntil())).toList(),
                o.createdAt());
    }

    public VoucherCatalogue catalogue() {
        return new VoucherCatalogue() {
            @Override
            public VoucherProduct addProduct(VoucherProduct.Draft d, Instant now) {
                VoucherProduct p = new VoucherProduct(new VoucherProductId(next()), d.name(), d.brand(), d.description(), now, List.of());
                products.put(p.id().value(), p);
                return p;
            }

            @Override
            public boolean productExists(VoucherProductId id) {
                return products.containsKey(id.value());
            }

            @Override
            public Page<VoucherProduct> products(PageRequest page) {
                List<VoucherProduct> all = products.values().stream().map(p -> new VoucherProduct(p.id(), p.name(), p.brand(),
                        p.description(), p.createdAt(), variants.values().stream().filter(v -> v.productId().equals(p.id())).toList())).toList();
                return new Page<>(all.stream().skip(page.offset()).limit(page.pageSize()).toList(), page.page(), page.pageSize(), all.size());
            }

            @Override
            public VoucherVariant addVariant(VoucherProductId productId, VoucherVariant.Draft d, Instant now) {
                VoucherVariant v = new VoucherVariant(new VariantId(next()), productId, products.get(productId.value()).name(), d.name(),
                        d.priceMinor(), d.currencySymbol(), true);
                variants.put(v.id().value(), v);
                return v;
            }

            @Override
            public Map<VariantId, VoucherVariant> variants(Collection<VariantId> wanted) {
                return wanted.stream().filter(id -> variants.containsKey(id.value()))
                        .collect(Collectors.toMap(id -> id, id -> variants.get(id.value()), (a, b) -> a));
            }

            @Override
            public PartnerSource addSource(PartnerSource.Draft d, Instant now) {
                Partner p = partners.get(d.partnerId().value());
                PartnerSource s = new PartnerSource(new PartnerSourceId(next()), d.variantId(), d.partnerId(), p.name(), p.kind(),
                        d.offerId(), d.priority(), d.active());
                sources.put(s.id().value(), s);
                return s;
            }

            @Override
            public Optional<PartnerSource> lockSource(PartnerSourceId id) {
                return source(id);
            }

            @Override
            public Optional<PartnerSource> source(PartnerSourceId id) {
                return Optional.ofNullable(sources.get(id.value()));
            }

            @Override
            public void updateSource(PartnerSource s, Instant now) {
                sources.put(s.id().value(), s);
            }

            @Override
            public List<PartnerSource> activeSources(VariantId variantId) {
                return sources.values().stream().filter(s -> s.variantId().equals(variantId) && s.active())
                        .sorted(Comparator.comparingInt(PartnerSource::priority).thenComparing(s -> s.id().value())).toList();
            }
        };
    }

    public VoucherPartners partners() {
        return new VoucherPartners() {
            @Override
            public Partner add(Partner.Draft d, Instant now) {
                Partner p = new Partner(new PartnerId(next()), d.name(), d.kind(), now);
                partners.put(p.id().value(), p);
                return p;
            }

            @Override
            public Optional<Partner> find(PartnerId id) {
                return Optional.ofNullable(partners.get(id.value()));
            }

            @Override
            public Page<Partner> list(PageRequest page) {
                List<Partner> all = List.copyOf(partners.values());
                return new Page<>(all.stream().skip(page.offset()).limit(page.pageSize()).toList(), page.page(), page.pageSize(), all.size());
            }
        };
    }

    public PreloadedCodes preloadedCodes() {
        return new PreloadedCodes() {
            @Override
            public int add(PartnerId partnerId, VariantId variantId, List<VoucherCode> codes, Instant now) {
                for (VoucherCode c : codes)
                    if (stock.containsKey(c.code())) throw new Conflict("a code in the request is already loaded", "CODE_ALREADY_LOADED");
                codes.forEach(c -> stock.put(c.code(), new Stock(partnerId, variantId, c, null)));
                return codes.size();
            }

            @Override
            public List<VoucherCode> claim(PartnerId partnerId, VariantId variantId, OrderItemId itemId, int count, Instant now) {
                List<Stock> mine = new ArrayList<>(stock.values().stream().filter(s -> itemId.equals(s.claimedBy()) && s.partner().equals(partnerId)).toList());
                List<Stock> free = stock.values().stream().filter(s -> s.claimedBy() == null && s.partner().equals(partnerId)
                        && s.variant().equals(variantId)).limit(Math.max(0, count - mine.size())).toList();
                if (mine.size() + free.size() < count) return List.of();
                free.forEach(s -> stock.put(s.code().code(), new Stock(s.partner(), s.variant(), s.code(), itemId)));
                mine.addAll(free);
                return mine.subList(0, count).stream().map(Stock::code).toList();
            }
        };
    }

    public VoucherOrders orders() {
        return new VoucherOrders() {
            @Override
            public VoucherOrder insert(VoucherOrder o) {
                VoucherOrderId id = new VoucherOrderId(next());
                VoucherOrder stored = VoucherOrder.rebuild(id, o.customerEmail(), o.status(), o.totalMinor(), o.currencySymbol(), null, null,
                        o.items().stream().map(i -> OrderItem.rebuild(new OrderItemId(next()), i.variantId(), i.productName(), i.variantName(),
                                i.quantity(), i.unitPriceMinor(), false, null, i.status(), List.of(), null)).toList(), o.createdAt());
                orders.put(id.value(), stored);
                return copy(stored);
            }

            @Override
            public Optional<VoucherOrder> find(VoucherOrderId id) {
                return Optional.ofNullable(orders.get(id.value())).map(InMemoryFulfillment::copy);
            }

            @Override
            public Optional<VoucherOrder> lock(VoucherOrderId id) {
                return find(id);
            }

            @Override
            public void save(VoucherOrder order) {
                for (OrderItem item : order.items())
                    for (Voucher v : item.vouchers())
                        if (!itemsHoldingCodes(List.of(v.code().code()), item.id()).isEmpty())
                            throw new Conflict("a code in the request is already assigned to another order item", "CODE_ALREADY_ASSIGNED");
                orders.put(order.id().value(), copy(order));
            }

            @Override
            public Page<VoucherOrder> page(VoucherOrderStatus status, PageRequest page) {
                List<VoucherOrder> all = orders.values().stream().filter(o -> status == null || o.status() == status)
                        .sorted(Comparator.comparing((VoucherOrder o) -> o.id().value()).reversed()).map(InMemoryFulfillment::copy).toList();
                return new Page<>(all.stream().skip(page.offset()).limit(page.pageSize()).toList(), page.page(), page.pageSize(), all.size());
            }

            @Override
            public boolean recordPayment(VoucherPayment p) {
                if (payments.stream().anyMatch(x -> x.eventId().equals(p.eventId()) || x.paymentId().equals(p.paymentId()))) return false;
                payments.add(p);
                return true;
            }

            @Override
            public List<VoucherPayment> payments(VoucherOrderId orderId) {
                return payments.stream().filter(p -> p.orderId().equals(orderId)).toList();
            }

            @Override
            public Map<VoucherOrderId, List<VoucherPayment>> payments(Collection<VoucherOrderId> orderIds) {
                return payments.stream().filter(p -> orderIds.contains(p.orderId())).collect(Collectors.groupingBy(VoucherPayment::orderId));
            }

            @Override
            public boolean hasSucceededPayment(VoucherOrderId orderId) {
                return payments.stream().anyMatch(p -> p.orderId().equals(orderId) && p.status() == PaymentStatus.SUCCEEDED);
            }

            @Override
            public List<OrderItemId> itemsHoldingCodes(Collection<String> codes, OrderItemId except) {
                return orders.values().stream().flatMap(o -> o.items().stream())
                        .filter(i -> !i.id().equals(except) && i.vouchers().stream().anyMatch(v -> codes.contains(v.code().code())))
                        .map(OrderItem::id).toList();
            }
        };
    }

    public FulfilmentAttempts attemptStore() {
        return new FulfilmentAttempts() {
            @Override
            public FulfilmentAttempt insert(FulfilmentAttempt a) {
                FulfilmentAttempt stored = new FulfilmentAttempt(new AttemptId(next()), a.orderId(), a.orderItemId(), a.type(), a.status(),
                        a.correlationId(), a.errorMessage(), a.partnerResponse(), a.codeProvided(), a.adminUserId(), a.notes(),
                        a.partnerTransactionId(), a.createdAt());
                attempts.add(stored);
                return stored;
            }

            @Override
            public boolean hasDispatched(OrderItemId itemId) {
                return count(itemId, AttemptStatus.DISPATCHED) > 0;
            }

            @Override
            public List<AttemptView> ofOrder(VoucherOrderId orderId) {
                return attempts.stream().filter(a -> a.orderId().equals(orderId)).map(a -> new AttemptView(a,
                        a.adminUserId() == null ? null : new AdminUser(a.adminUserId().toString(), "Ops", "ops@example.com"),
                        a.partnerTransactionId() == null ? null : purchases.get(a.partnerTransactionId().value()))).toList();
            }

            @Override
            public int count(OrderItemId itemId, AttemptStatus status) {
                return (int) attempts.stream().filter(a -> itemId.equals(a.orderItemId()) && a.status() == status).count();
            }
        };
    }

    public AdminAlerts alerts() {
        return new AdminAlerts() {
            @Override
            public AdminAlert insert(AdminAlert a) {
                AdminAlert stored = AdminAlert.rebuild(new AlertId(next()), a.orderId(), a.kind(), a.message(), a.status(),
                        a.resolutionNotes(), a.resolvedAt(), a.createdAt());
                alerts.put(stored.id().value(), stored);
                return stored;
            }

            @Override
            public List<AdminAlert> openOf(VoucherOrderId orderId) {
                return alerts.values().stream().filter(a -> a.orderId().equals(orderId) && a.status() == AlertStatus.OPEN)
                        .map(a -> AdminAlert.rebuild(a.id(), a.orderId(), a.kind(), a.message(), a.status(), a.resolutionNotes(),
                                a.resolvedAt(), a.createdAt())).toList();
            }

            @Override
            public void update(AdminAlert a) {
                alerts.put(a.id().value(), a);
            }

            @Override
            public Page<AdminAlert> page(AlertStatus status, VoucherOrderId orderId, PageRequest page) {
                List<AdminAlert> all = alerts.values().stream().filter(a -> (status == null || a.status() == status)
                        && (orderId == null || a.orderId().equals(orderId))).toList();
                return new Page<>(all.stream().skip(page.offset()).limit(page.pageSize()).toList(), page.page(), page.pageSize(), all.size());
            }
        };
    }

    public PartnerTransactions partnerTransactions() {
        return new PartnerTransactions() {
            @Override
            public PartnerTransaction insert(PartnerTransaction t) {
                PartnerTransaction stored = t.withId(new PartnerTransactionId(next()));
                purchases.put(stored.id().value(), stored);
                return stored;
            }

            @Override
            public void update(PartnerTransaction t) {
                purchases.put(t.id().value(), t);
            }

            @Override
            public List<PartnerTransaction> of(OrderItemId itemId, PartnerSourceId sourceId) {
                return purchases.values().stream().filter(t -> t.orderItemId().equals(itemId) && t.sourceId().equals(sourceId)).toList();
            }
        };
    }
}
