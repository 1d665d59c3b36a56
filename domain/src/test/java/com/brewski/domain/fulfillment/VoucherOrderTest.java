package com.brewski.domain.fulfillment;

import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoucherOrderTest {
    private static final Instant NOW = Instant.parse("2026-04-27T14:00:00Z");
    private static final VoucherVariant TEN = new VoucherVariant(new VariantId(1), new VoucherProductId(1), "Amazon", "£10", 1000, "£", true);
    private static final VoucherVariant TWENTY = new VoucherVariant(new VariantId(2), new VoucherProductId(1), "Amazon", "£20", 2000, "£", true);

    private static VoucherOrder paidOrder(int q1, int q2) {
        VoucherOrder placed = VoucherOrder.place(new Email("customer@example.com"),
                List.of(new VoucherOrder.Line(TEN, q1), new VoucherOrder.Line(TWENTY, q2)), NOW);
        List<OrderItem> items = List.of(
                OrderItem.rebuild(new OrderItemId(11), TEN.id(), "Amazon", "£10", q1, 1000, false, null, ItemFulfilmentStatus.PENDING, List.of(), null),
                OrderItem.rebuild(new OrderItemId(12), TWENTY.id(), "Amazon", "£20", q2, 2000, false, null, ItemFulfilmentStatus.PENDING, List.of(), null));
        VoucherOrder order = VoucherOrder.rebuild(new VoucherOrderId(5), placed.customerEmail(), placed.status(), placed.totalMinor(),
                "£", null, null, items, NOW);
        assertThat(order.paymentReceived(PaymentStatus.SUCCEEDED, placed.totalMinor())).isEqualTo(VoucherOrder.PaymentDecision.FULFIL);
        return order;
    }

    private static List<Voucher> codes(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new Voucher(new VoucherCode(c, null, null, null), null)).toList();
    }

    @Test
    void a_new_order_waits_for_payment_and_totals_its_lines() {
        VoucherOrder order = VoucherOrder.place(new Email("c@example.com"),
                List.of(new VoucherOrder.Line(TEN, 3), new VoucherOrder.Line(TWENTY, 1)), NOW);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.PENDING_PAYMENT);
        assertThat(order.totalMinor()).isEqualTo(5000);
    }

    @Test
    void checkout_refuses_quantities_outside_1_to_20_and_inactive_variants_naming_the_field() {
        Email email = new Email("c@example.com");
        assertThatThrownBy(() -> VoucherOrder.place(email, List.of(new VoucherOrder.Line(TEN, 21)), NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("items[0].quantity"));
        assertThatThrownBy(() -> VoucherOrder.place(email, List.of(new VoucherOrder.Line(TEN, 0)), NOW))
                .isInstanceOf(InvalidField.class);
        VoucherVariant inactive = new VoucherVariant(new VariantId(3), new VoucherProductId(1), "A", "B", 1, "£", false);
        assertThatThrownBy(() -> VoucherOrder.place(email, List.of(new VoucherOrder.Line(TEN, 1), new VoucherOrder.Line(inactive, 1)), NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("items[1].variantId"));
        assertThatThrownBy(() -> VoucherOrder.place(email, List.of(), NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("items"));
    }

    @Test
    void a_payment_of_another_amount_needs_attention_and_a_replay_changes_nothing() {
        VoucherOrder order = VoucherOrder.place(new Email("c@example.com"), List.of(new VoucherOrder.Line(TEN, 1)), NOW);
        assertThat(order.paymentReceived(PaymentStatus.FAILED, 1000)).isEqualTo(VoucherOrder.PaymentDecision.RECORDED_ONLY);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.PENDING_PAYMENT);
        assertThat(order.paymentReceived(PaymentStatus.SUCCEEDED, 999)).isEqualTo(VoucherOrder.PaymentDecision.MISMATCH);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(order.paymentReceived(PaymentStatus.SUCCEEDED, 1000)).isEqualTo(VoucherOrder.PaymentDecision.RECORDED_ONLY);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
    }

    @Test
    void every_item_delivered_then_dispatched_makes_the_order_succeeded() {
        VoucherOrder order = paidOrder(2, 1);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.PROCESSING);
        order.item(new OrderItemId(11)).attach(codes("A", "B"));
        order.item(new OrderItemId(12)).attach(codes("C"));
        assertThat(order.automaticFulfilmentFinished()).isEqualTo(VoucherOrder.AutomaticOutcome.READY_TO_DISPATCH);
        order.dispatched("customer@example.com", NOW);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.SUCCEEDED);
        assertThat(order.voucherCodes()).containsExactly("A", "B", "C");
        assertThat(order.items()).allSatisfy(i -> {
            assertThat(i.fulfilled()).isTrue();
            assertThat(i.fulfilledAt()).isEqualTo(NOW);
            assertThat(i.status()).isEqualTo(ItemFulfilmentStatus.SUCCEEDED);
        });
        assertThat(order.emailSentAt()).isEqualTo(NOW);
    }

    @Test
    void a_partial_delivery_needs_attention_and_the_delivered_item_is_not_fulfilled() {
        VoucherOrder order = paidOrder(1, 1);
        order.item(new OrderItemId(11)).attach(codes("A"));
        order.item(new OrderItemId(12)).failed();
        assertThat(order.automaticFulfilmentFinished()).isEqualTo(VoucherOrder.AutomaticOutcome.PARTIAL);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(order.item(new OrderItemId(11)).fulfilled()).isFalse();
        assertThat(order.item(new OrderItemId(11)).status()).isEqualTo(ItemFulfilmentStatus.AWAITING_DISPATCH);
        assertThat(order.item(new OrderItemId(12)).status()).isEqualTo(ItemFulfilmentStatus.FAILED);

        order.item(new OrderItemId(12)).attach(codes("B"));
        order.dispatched("customer@example.com", NOW);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.SUCCEEDED);
    }

    @Test
    void nothing_delivered_is_reported_as_such() {
        VoucherOrder order = paidOrder(1, 1);
        order.items().forEach(OrderItem::failed);
        assertThat(order.automaticFulfilmentFinished()).isEqualTo(VoucherOrder.AutomaticOutcome.NONE_DELIVERED);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
    }

    @Test
    void a_failed_email_keeps_the_vouchers_and_marks_the_item_dispatch_failed() {
        VoucherOrder order = paidOrder(1, 1);
        order.item(new OrderItemId(11)).attach(codes("A"));
        order.dispatchFailed();
        OrderItem item = order.item(new OrderItemId(11));
        assertThat(item.fulfilled()).isFalse();
        assertThat(item.status()).isEqualTo(ItemFulfilmentStatus.DISPATCH_FAILED);
        assertThat(item.vouchers()).hasSize(1);
        assertThat(order.status()).isEqualTo(VoucherOrderStatus.NEEDS_ATTENTION);
        assertThat(order.dispatchedEmail()).isNull();
        assertThat(order.emailSentAt()).isNull();
    }

    @Test
    void the_recovery_guards_refuse_unpaid_orders_fulfilled_items_prior_dispatches_and_claimed_items() {
        assertThatThrownBy(() -> VoucherOrder.requirePaid(false))
                .isInstanceOf(InvalidField.class).hasMessageContaining("refusing to dispatch voucher");
        VoucherOrder order = paidOrder(1, 1);
        OrderItem item = order.item(new OrderItemId(11));
        assertThatThrownBy(() -> item.requireOpenForDispatch(true, NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("DISPATCHED");
        item.claim(NOW.plusSeconds(60));
        assertThatThrownBy(() -> item.requireOpenForDispatch(false, NOW)).isInstanceOf(Conflict.class);
        item.requireOpenForDispatch(false, NOW.plusSeconds(61));
        item.release();
        item.attach(codes("A"));
        order.dispatched("c@example.com", NOW);
        assertThatThrownBy(() -> item.requireOpenForDispatch(false, NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("already fulfilled");
        assertThatThrownBy(() -> item.attach(codes("B"))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> order.item(new OrderItemId(99))).isInstanceOf(NotFound.class);
    }

    @Test
    void an_item_takes_exactly_one_code_per_unit() {
        VoucherOrder order = paidOrder(3, 1);
        assertThatThrownBy(() -> order.item(new OrderItemId(11)).attach(codes("A", "B")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.getMessage()).contains("exactly 3"));
    }
}
