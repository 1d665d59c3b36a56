package com.brewski.application.fulfillment;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.InMemoryFulfillment;
import com.brewski.application.testing.InMemoryRateLimiter;
import com.brewski.application.testing.InMemoryTransactions;
import com.brewski.domain.fulfillment.*;
import com.brewski.domain.identity.Email;
import com.brewski.domain.identity.PlatformRole;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.RateLimited;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fulfillment use cases on in-memory ports: checkout, payment, automatic fulfilment and both recovery paths. */
class FulfillmentUseCasesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-04-27T14:00:00Z"), ZoneOffset.UTC);
    private final FulfilmentPolicy policy = new FulfilmentPolicy(Duration.ofMinutes(1), 2, Duration.ofMillis(1), 3, Duration.ofMinutes(10));
    private final Caller operator = new Caller(new UserId(UUID.randomUUID()), new Email("ops@example.com"), UUID.randomUUID(),
            Optional.of(PlatformRole.SUPPORT));
    private InMemoryFulfillment store;
    private InMemoryTransactions tx;
    private ScriptedPartner zendit;
    private PlaceVoucherOrder place;
    private ConfirmPayment confirm;
    private FulfilOrder fulfil;
    private SubmitManualCode manualCode;
    private RetryPartnerFulfilment retry;
    private VoucherVariant variant;
    private Partner stockPartner;

    @BeforeEach
    void setUp() {
        store = new InMemoryFulfillment();
        tx = new InMemoryTransactions();
        zendit = new ScriptedPartner();
        place = new PlaceVoucherOrder(store.catalogue(), store.orders(), new InMemoryRateLimiter(clock), tx, clock, policy);
        confirm = new ConfirmPayment(store.orders(), store.alerts(), store.jobs(), tx, clock);
        fulfil = new FulfilOrder(store.orders(), store.catalogue(), store.attemptStore(), store.alerts(), store.preloadedCodes(),
                store.partnerTransactions(), zendit, store.mailer(), tx, clock, policy);
        manualCode = new SubmitManualCode(store.orders(), store.partners(), store.attemptStore(), store.alerts(), store.mailer(), tx, clock);
        retry = new RetryPartnerFulfilment(store.orders(), store.catalogue(), store.attemptStore(), store.alerts(), store.preloadedCodes(),
                store.partnerTransactions(), zendit, store.mailer(), tx, clock, policy);
        VoucherProduct product = store.catalogue().addProduct(new VoucherProduct.Draft("Amazon", null, null), clock.instant());
        variant = store.catalogue().addVariant(product.id(), new VoucherVariant.Draft("£10", 1000, null), clock.instant());
        stockPartner = store.partners().add(new Partner.Draft("Stock", PartnerKind.PRELOADED), clock.instant());
        store.catalogue().addSource(new PartnerSource.Draft(variant.id(), stockPartner.id(), null, 1, true), clock.instant());
    }

    private VoucherOrder paid(int quantity) {
        VoucherOrder order = place.place("10.0.0.1", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(variant.id(), quantity)));
        assertThat(confirm.confirm(new ConfirmPayment.PaymentEvent("evt-" + order.id(), PaymentStatus.SUCCEEDED, "pay-" + order.id(),
                order.id(), order.totalMinor()))).isEqualTo(ConfirmPayment.Outcome.RECORDED);
        return order;
    }

    private VoucherOrder reload(VoucherOrder order) {
        return store.orders().find(order.id()).orElseThrow();
    }

    private ManualCodes codes(VoucherOrder order, String... codes) {
        return new ManualCodes(order.items().getFirst().id(), java.util.Arrays.stream(codes)
                .map(c -> new ManualCodes.Entry(new VoucherCode(c, null, null, null), null)).toList());
    }

    @Test
    void a_paid_order_queues_one_job_and_a_replay_changes_nothing() {
        VoucherOrder order = paid(1);
        assertThat(store.jobs).containsExactly(order.id());
        assertThat(reload(order).status()).isEqualTo(VoucherOrderStatus.PROCESSING);
        assertThat(confirm.confirm(new ConfirmPayment.PaymentEvent("evt-" + order.id(), PaymentStatus.SUCCEEDED, "pay-other",
                order.id(), order.totalMinor()))).isEqualTo(ConfirmPayment.Outcome.REPLAY);
        assertThat(store.jobs).hasSize(1);
    }

    @Test
    void a_wrong_amount_needs_attention_with_a_payment_mismatch_alert_and_queues_nothing() {
        VoucherOrder order = place.place("10.0.0.1", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(variant.id(), 1)));
        confirm.confirm(new ConfirmPayment.PaymentEvent("e", PaymentStatus.SUCCEEDED, "p", order.id(), 999));
        assertThat(reload(order).status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(store.alertList()).extracting(AdminAlert::kind).containsExactly(AlertKind.PAYMENT_MISMATCH);
        assertThat(store.jobs).isEmpty();
    }

    @Test
    void checkout_is_rate_limited_per_address() {
        for (int i = 0; i < 3; i++) place.place("10.0.0.9", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(variant.id(), 1)));
        assertThatThrownBy(() -> place.place("10.0.0.9", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(variant.id(), 1))))
                .isInstanceOf(RateLimited.class);
        place.place("10.0.0.10", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(variant.id(), 1)));
    }

    @Test
    void stock_fulfils_the_order_with_one_email_and_an_auto_success_attempt() {
        store.preloadedCodes().add(stockPartner.id(), variant.id(), List.of(new VoucherCode("S-1", null, null, null),
                new VoucherCode("S-2", null, null, null)), clock.instant());
        VoucherOrder order = paid(2);
        fulfil.fulfil(order.id());
        VoucherOrder done = reload(order);
        assertThat(done.status()).isEqualTo(VoucherOrderStatus.SUCCEEDED);
        assertThat(done.voucherCodes()).containsExactly("S-1", "S-2");
        assertThat(store.sent).hasSize(1);
        assertThat(store.sent.getFirst().subject()).isEqualTo("Your vouchers — Order #" + order.id());
        assertThat(store.sent.getFirst().textBody()).contains("S-1").contains("S-2").contains("Amazon — £10");
        assertThat(store.sent.getFirst().htmlBody()).contains("S-1");
        assertThat(store.attempts()).extracting(FulfilmentAttempt::type, FulfilmentAttempt::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttemptType.AUTO, AttemptStatus.SUCCESS));
        fulfil.fulfil(order.id()); // a second run of the job changes nothing
        assertThat(store.sent).hasSize(1);
    }

    @Test
    void no_stock_needs_attention_and_a_manual_code_recovers_resolving_the_alert() {
        VoucherOrder order = paid(1);
        fulfil.fulfil(order.id());
        assertThat(reload(order).status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(store.alertList()).extracting(AdminAlert::kind).containsExactly(AlertKind.FULFILLMENT_FAILED);
        assertThat(store.sent).isEmpty();

        RecoveryResult result = manualCode.submit(operator, order.id(), codes(order, "M-1"), "from supplier");
        assertThat(result.success()).isTrue();
        assertThat(result.status()).isEqualTo(AttemptStatus.DISPATCHED);
        assertThat(reload(order).status()).isEqualTo(VoucherOrderStatus.SUCCEEDED);
        assertThat(store.alertList().getFirst().status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(store.alertList().getFirst().resolutionNotes()).contains("fa:" + result.correlationId());
        assertThatThrownBy(() -> manualCode.submit(operator, order.id(), codes(order, "M-2"), null)).isInstanceOf(Conflict.class);
        assertThat(store.sent).hasSize(1);
    }

    @Test
    void the_guards_come_in_the_guides_order() {
        VoucherOrder unpaid = place.place("10.0.0.1", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(variant.id(), 1)));
        assertThatThrownBy(() -> manualCode.submit(operator, unpaid.id(), codes(unpaid), null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("refusing to dispatch voucher");
        VoucherOrder order = paid(1);
        fulfil.fulfil(order.id());
        assertThatThrownBy(() -> manualCode.submit(operator, order.id(), codes(order), null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("at least one code");
        VoucherOrder other = paid(1);
        fulfil.fulfil(other.id());
        manualCode.submit(operator, other.id(), codes(other, "SHARED"), null);
        assertThatThrownBy(() -> manualCode.submit(operator, order.id(), codes(order, "SHARED"), null))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).contains("CODE_ALREADY_ASSIGNED"));
    }

    @Test
    void a_failed_email_keeps_the_codes_and_the_same_request_later_sends_once() {
        VoucherOrder order = paid(1);
        fulfil.fulfil(order.id());
        store.mailDown(true);
        RecoveryResult failed = manualCode.submit(operator, order.id(), codes(order, "D-1"), null);
        assertThat(failed.status()).isEqualTo(AttemptStatus.DISPATCH_FAILED);
        assertThat(failed.emailSent()).isFalse();
        VoucherOrder kept = reload(order);
        assertThat(kept.voucherCodes()).containsExactly("D-1");
        assertThat(kept.items().getFirst().status()).isEqualTo(ItemFulfilmentStatus.DISPATCH_FAILED);
        assertThat(kept.status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(store.alertList().getFirst().status()).isEqualTo(AlertStatus.OPEN);
        store.mailDown(false);
        RecoveryResult sent = manualCode.submit(operator, order.id(), codes(order, "D-1"), null);
        assertThat(sent.status()).isEqualTo(AttemptStatus.DISPATCHED);
        assertThat(store.sent).hasSize(1);
    }

    @Test
    void a_purchase_whose_answer_timed_out_is_asked_about_and_never_bought_twice() {
        Partner partner = store.partners().add(new Partner.Draft("Zendit", PartnerKind.ZENDIT), clock.instant());
        VoucherProduct product = store.catalogue().addProduct(new VoucherProduct.Draft("Steam", null, null), clock.instant());
        VoucherVariant steam = store.catalogue().addVariant(product.id(), new VoucherVariant.Draft("£20", 2000, null), clock.instant());
        store.catalogue().addSource(new PartnerSource.Draft(steam.id(), partner.id(), "offer-1", 1, true), clock.instant());
        zendit.answer(new VoucherPartner.Reply.Unknown("timeout"));
        VoucherOrder order = place.place("10.0.0.1", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(steam.id(), 1)));
        confirm.confirm(new ConfirmPayment.PaymentEvent("e1", PaymentStatus.SUCCEEDED, "p1", order.id(), 2000));
        fulfil.fulfil(order.id());
        assertThat(reload(order).status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(store.purchaseList()).extracting(PartnerTransaction::status).containsExactly(PartnerTransactionStatus.UNKNOWN);

        RecoveryResult result = retry.retry(operator, order.id(), order.items().getFirst().id(), null, null);
        assertThat(result.success()).as(result.message()).isTrue();
        assertThat(result.message()).isEqualTo("Voucher delivered via Zendit");
        assertThat(zendit.purchases).hasSize(1);
        assertThat(reload(order).voucherCodes()).containsExactly("P-1");
        assertThat(store.purchaseList().getFirst().consumed()).isTrue();
    }

    @Test
    void a_partial_delivery_sends_nothing_until_the_rest_is_recovered_then_one_email_with_every_code() {
        VoucherProduct product = store.catalogue().addProduct(new VoucherProduct.Draft("Steam", null, null), clock.instant());
        VoucherVariant steam = store.catalogue().addVariant(product.id(), new VoucherVariant.Draft("£20", 2000, null), clock.instant());
        Partner steamStock = store.partners().add(new Partner.Draft("Steam stock", PartnerKind.PRELOADED), clock.instant());
        store.catalogue().addSource(new PartnerSource.Draft(steam.id(), steamStock.id(), null, 1, true), clock.instant());
        store.preloadedCodes().add(steamStock.id(), steam.id(), List.of(new VoucherCode("ST-1", null, null, null)), clock.instant());
        VoucherOrder order = place.place("10.0.0.1", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(variant.id(), 1),
                new PlaceVoucherOrder.Line(steam.id(), 1)));
        confirm.confirm(new ConfirmPayment.PaymentEvent("e2", PaymentStatus.SUCCEEDED, "p2", order.id(), 3000));
        fulfil.fulfil(order.id());
        VoucherOrder partial = reload(order);
        assertThat(partial.status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(partial.items().get(1).status()).isEqualTo(ItemFulfilmentStatus.AWAITING_DISPATCH);
        assertThat(partial.items().get(1).fulfilled()).isFalse();
        assertThat(store.alertList()).extracting(AdminAlert::kind).containsExactly(AlertKind.FULFILLMENT_PARTIAL);
        assertThat(store.sent).isEmpty();

        manualCode.submit(operator, order.id(), codes(order, "AM-1"), null);
        assertThat(store.sent).hasSize(1);
        assertThat(store.sent.getFirst().textBody()).contains("AM-1").contains("ST-1");
        assertThat(reload(order).status()).isEqualTo(VoucherOrderStatus.SUCCEEDED);
        assertThat(reload(order).items()).allMatch(OrderItem::fulfilled);
    }

    @Test
    void a_purchase_pending_past_the_polling_bound_fails_the_item_and_the_next_try_asks_before_buying() {
        Partner partner = store.partners().add(new Partner.Draft("Zendit", PartnerKind.ZENDIT), clock.instant());
        VoucherProduct product = store.catalogue().addProduct(new VoucherProduct.Draft("Slow", null, null), clock.instant());
        VoucherVariant slow = store.catalogue().addVariant(product.id(), new VoucherVariant.Draft("£5", 500, null), clock.instant());
        store.catalogue().addSource(new PartnerSource.Draft(slow.id(), partner.id(), "offer-slow", 1, true), clock.instant());
        zendit.pendingForever = true;
        VoucherOrder order = place.place("10.0.0.1", new Email("c@example.com"), List.of(new PlaceVoucherOrder.Line(slow.id(), 1)));
        confirm.confirm(new ConfirmPayment.PaymentEvent("e3", PaymentStatus.SUCCEEDED, "p3", order.id(), 500));
        fulfil.fulfil(order.id());
        assertThat(reload(order).status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(zendit.statusReads).isEqualTo(policy.pendingPolls() + 1);
        assertThat(store.attempts().getLast().status()).isEqualTo(AttemptStatus.PARTNER_FAILED);
        assertThat(store.purchaseList()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(PartnerTransactionStatus.PENDING));

        zendit.pendingForever = false;
        RecoveryResult result = retry.retry(operator, order.id(), order.items().getFirst().id(), null, null);
        assertThat(result.success()).isTrue();
        assertThat(zendit.purchases).hasSize(1);
    }
}
