package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.testing.TestDatabase;
import com.brewski.domain.fulfillment.*;
import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.Conflict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fulfillment ports on PostgreSQL: orders with vouchers, unique codes, idempotent payments, stock claimed once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqFulfillmentTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private JooqPersistence persistence;
    private JooqFulfillment store;
    private VoucherVariant variant;
    private Partner partner;

    @BeforeAll
    void open() {
        DataSource db = TestDatabase.fresh();
        persistence = new JooqPersistence(db);
        store = new JooqFulfillment(persistence);
        persistence.transactions().run(() -> {
            VoucherProduct product = store.catalogue().addProduct(new VoucherProduct.Draft("Amazon", "Amazon", null), NOW);
            variant = store.catalogue().addVariant(product.id(), new VoucherVariant.Draft("£10", 1000, null), NOW);
            partner = store.partners().add(new Partner.Draft("Stock", PartnerKind.PRELOADED), NOW);
        });
    }

    private VoucherOrder placed(int quantity) {
        return persistence.transactions().inTransaction(() -> store.orders().insert(VoucherOrder.place(new Email("c@example.com"),
                List.of(new VoucherOrder.Line(variant, quantity)), NOW)));
    }

    private static List<Voucher> codes(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new Voucher(new VoucherCode(c, "1", null, NOW), null)).toList();
    }

    @Test
    void an_order_round_trips_with_its_items_and_vouchers() {
        VoucherOrder order = placed(2);
        assertThat(order.id()).isNotNull();
        assertThat(order.totalMinor()).isEqualTo(2000);
        persistence.transactions().run(() -> {
            VoucherOrder locked = store.orders().lock(order.id()).orElseThrow();
            locked.paymentReceived(PaymentStatus.SUCCEEDED, 2000);
            locked.item(locked.items().getFirst().id()).attach(codes("RT-1", "RT-2"));
            locked.dispatched("c@example.com", NOW);
            store.orders().save(locked);
        });
        VoucherOrder read = store.orders().find(order.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(VoucherOrderStatus.SUCCEEDED);
        assertThat(read.voucherCodes()).containsExactly("RT-1", "RT-2");
        assertThat(read.items().getFirst().fulfilled()).isTrue();
        assertThat(read.items().getFirst().vouchers().getFirst().code().pin()).isEqualTo("1");
        assertThat(read.emailSentAt()).isEqualTo(NOW);
        assertThat(read.items().getFirst().productName()).isEqualTo("Amazon");
    }

    @Test
    void a_code_saved_on_one_item_is_a_conflict_on_another() {
        VoucherOrder first = placed(1);
        VoucherOrder second = placed(1);
        persistence.transactions().run(() -> {
            VoucherOrder o = store.orders().lock(first.id()).orElseThrow();
            o.item(o.items().getFirst().id()).attach(codes("UNIQUE-1"));
            store.orders().save(o);
        });
        assertThat(store.orders().itemsHoldingCodes(List.of("UNIQUE-1"), second.items().getFirst().id()))
                .containsExactly(first.items().getFirst().id());
        assertThatThrownBy(() -> persistence.transactions().run(() -> {
            VoucherOrder o = store.orders().lock(second.id()).orElseThrow();
            o.item(o.items().getFirst().id()).attach(codes("UNIQUE-1"));
            store.orders().save(o);
        })).isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).contains("CODE_ALREADY_ASSIGNED"));
    }

    @Test
    void a_payment_is_recorded_once_per_event_id_and_per_payment_id() {
        VoucherOrder order = placed(1);
        assertThat(store.orders().recordPayment(new VoucherPayment(order.id(), "evt-" + order.id(), "pay-" + order.id(), 1000, PaymentStatus.SUCCEEDED, NOW))).isTrue();
        assertThat(store.orders().recordPayment(new VoucherPayment(order.id(), "evt-" + order.id(), "pay-x" + order.id(), 1000, PaymentStatus.SUCCEEDED, NOW))).isFalse();
        assertThat(store.orders().recordPayment(new VoucherPayment(order.id(), "evt-y" + order.id(), "pay-" + order.id(), 1000, PaymentStatus.SUCCEEDED, NOW))).isFalse();
        assertThat(store.orders().payments(order.id())).hasSize(1);
        assertThat(store.orders().hasSucceededPayment(order.id())).isTrue();
    }

    @Test
    void concurrent_claims_never_share_a_preloaded_code_and_a_loaded_code_cannot_be_loaded_again() throws Exception {
        List<VoucherCode> stock = new ArrayList<>();
        for (int i = 0; i < 10; i++) stock.add(new VoucherCode("SKIP-" + i, null, null, null));
        persistence.transactions().run(() -> store.preloadedCodes().add(partner.id(), variant.id(), stock, NOW));
        assertThatThrownBy(() -> persistence.transactions().run(() ->
                store.preloadedCodes().add(partner.id(), variant.id(), List.of(new VoucherCode("NEW-1", null, null, null), stock.getFirst()), NOW)))
                .isInstanceOf(Conflict.class);
        List<VoucherOrder> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) orders.add(placed(2));
        CyclicBarrier start = new CyclicBarrier(orders.size());
        List<Future<List<VoucherCode>>> claims = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(orders.size())) {
            for (VoucherOrder o : orders)
                claims.add(pool.submit(() -> {
                    start.await();
                    return persistence.transactions().inTransaction(() ->
                            store.preloadedCodes().claim(partner.id(), variant.id(), o.items().getFirst().id(), 2, NOW));
                }));
            Set<String> seen = new HashSet<>();
            int claimed = 0;
            for (Future<List<VoucherCode>> f : claims) {
                for (VoucherCode c : f.get()) {
                    assertThat(seen.add(c.code())).as("code handed out twice: " + c.code()).isTrue();
                    claimed++;
                }
            }
            assertThat(claimed).isEqualTo(10);
        }
        VoucherOrder late = placed(1);
        assertThat(persistence.transactions().inTransaction(() ->
                store.preloadedCodes().claim(partner.id(), variant.id(), late.items().getFirst().id(), 1, NOW))).isEmpty();
    }

    @Test
    void partner_transactions_and_attempts_round_trip_with_the_admin_user_and_the_purchase() {
        VoucherOrder order = placed(1);
        PartnerSource source = persistence.transactions().inTransaction(() ->
                store.catalogue().addSource(new PartnerSource.Draft(variant.id(), partner.id(), "offer", 3, true), NOW));
        assertThat(store.catalogue().activeSources(variant.id())).extracting(PartnerSource::id).contains(source.id());
        OrderItemId item = order.items().getFirst().id();
        PartnerTransaction tx = store.partnerTransactions().insert(PartnerTransaction.start(item, source, UUID.randomUUID(), NOW));
        store.partnerTransactions().update(tx.done(new VoucherCode("PT-1", null, null, null), NOW));
        assertThat(store.partnerTransactions().of(item, source.id())).singleElement()
                .satisfies(t -> {
                    assertThat(t.status()).isEqualTo(PartnerTransactionStatus.DONE);
                    assertThat(t.spare()).isTrue();
                });
        UUID correlation = UUID.randomUUID();
        store.attempts().insert(new FulfilmentAttempt(null, order.id(), item, AttemptType.AUTO, AttemptStatus.SUCCESS, correlation, null,
                java.util.Map.of("status", "DONE", "allCodes", List.of("PT-1")), null, null, null, tx.id(), NOW));
        var view = store.attempts().ofOrder(order.id()).getFirst();
        assertThat(view.attempt().correlationId()).isEqualTo(correlation);
        assertThat(view.attempt().partnerResponse()).containsEntry("status", "DONE");
        assertThat(view.adminUser()).isNull();
        assertThat(view.partnerTransaction().voucher().code()).isEqualTo("PT-1");
        assertThat(store.attempts().hasDispatched(item)).isFalse();
    }
}
