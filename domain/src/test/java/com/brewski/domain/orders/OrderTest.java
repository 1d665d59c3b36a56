package com.brewski.domain.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Patch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final TeamId team = new TeamId(UUID.randomUUID());
    private final ShippingRule standard = new ShippingRule(UUID.randomUUID(), team.value(), "Standard pallet", 5500, 0, 500000L, NOW, NOW);
    private final ShippingRule large = new ShippingRule(UUID.randomUUID(), team.value(), "Large pallet", 7500, 200000, null, NOW, NOW);
    private final List<ShippingRule> rules = List.of(standard, large);

    private Order order(Shipping.Choice shipping) {
        return Order.open(UUID.randomUUID(), team, "ORD-00001", "£",
                new Order.Draft(UUID.randomUUID(), null, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-15"),
                        null, false, null, null, shipping), rules, NOW);
    }

    private LineItem custom(Order order, long price, String tax) {
        return LineItem.custom(UUID.randomUUID(), order.id(), "Charge", null, Quantity.of("1"), price,
                new TaxRate(new BigDecimal(tax)), null, NOW);
    }

    private static OrderChange change(Patch<OrderStatus> status, Patch<LocalDate> issue, Patch<LocalDate> due,
                                      Patch<Shipping.Choice> shipping) {
        return new OrderChange(status, issue, due, Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), shipping);
    }

    @Test
    void totals_sum_net_plus_shipping_and_tax() {
        Order order = order(Shipping.Choice.AUTO);
        order.addLine(custom(order, 180000, "20"), rules, NOW);
        order.addLine(custom(order, 5000, "0"), rules, NOW);
        assertThat(order.shipping().ruleName()).isEqualTo("Standard pallet");
        assertThat(order.subtotalMinor()).isEqualTo(185000 + 5500);
        assertThat(order.taxTotalMinor()).isEqualTo(36000);
        assertThat(order.totalMinor()).isEqualTo(185000 + 5500 + 36000);
    }

    @Test
    void auto_shipping_follows_the_subtotal_across_rules_and_the_free_threshold() {
        Order order = order(Shipping.Choice.AUTO);
        assertThat(order.shipping().ruleId()).isEqualTo(standard.id());
        LineItem big = custom(order, 250000, "0");
        order.addLine(big, rules, NOW);
        assertThat(order.shipping().ruleId()).isEqualTo(large.id());
        assertThat(order.shipping().amountMinor()).isEqualTo(7500);
        order.removeLine(big.id(), rules, NOW);
        assertThat(order.shipping().ruleId()).isEqualTo(standard.id());
        order.addLine(custom(order, 150000, "0"), rules, NOW);
        order.addLine(custom(order, 40000, "0"), rules, NOW);
        assertThat(order.shipping().ruleId()).isEqualTo(standard.id());
        assertThat(order.shipping().amountMinor()).isEqualTo(5500);

        ShippingRule freeFrom100 = new ShippingRule(UUID.randomUUID(), team.value(), "Local", 1000, 0, 10000L, NOW, NOW);
        Order local = Order.open(UUID.randomUUID(), team, "ORD-00002", "£", new Order.Draft(UUID.randomUUID(), null, null,
                null, null, false, null, null, null), List.of(freeFrom100), NOW);
        local.addLine(custom(local, 10000, "0"), List.of(freeFrom100), NOW);
        assertThat(local.shipping().amountMinor()).isZero();
        assertThat(local.shipping().ruleName()).isEqualTo("Local");
    }

    @Test
    void manual_and_no_shipping() {
        Order manual = order(new Shipping.Choice(ShippingMode.MANUAL, 1234L, "courier"));
        manual.addLine(custom(manual, 1000, "20"), rules, NOW);
        assertThat(manual.subtotalMinor()).isEqualTo(2234);
        assertThat(manual.shipping().notes()).isEqualTo("courier");
        Order none = order(new Shipping.Choice(ShippingMode.NONE, null, null));
        none.addLine(custom(none, 1000, "20"), rules, NOW);
        assertThat(none.subtotalMinor()).isEqualTo(1000);
        assertThatThrownBy(() -> new Shipping.Choice(ShippingMode.MANUAL, null, null)).isInstanceOf(InvalidField.class);
    }

    @Test
    void the_due_date_cannot_precede_the_issue_date() {
        Order order = order(Shipping.Choice.AUTO);
        assertThatThrownBy(() -> order.update(change(Patch.absent(), Patch.absent(), Patch.set(LocalDate.parse("2025-02-28")),
                Patch.absent()), rules, NOW))
                .isInstanceOf(InvalidField.class).hasMessage("dueDate must be on or after issueDate");
        order.update(change(Patch.set(OrderStatus.CONFIRMED), Patch.set(null), Patch.absent(), Patch.absent()), rules, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.issueDate()).isNull();
    }

    @Test
    void changing_and_removing_lines_recomputes_totals() {
        Order order = order(new Shipping.Choice(ShippingMode.NONE, null, null));
        LineItem line = custom(order, 1000, "20");
        order.addLine(line, rules, NOW);
        order.changeLine(line.id(), new LineChange(Patch.absent(), Patch.absent(), Patch.set(Quantity.of("3")),
                Patch.absent(), Patch.absent(), Patch.set(Discount.of("percentage", BigDecimal.TEN))), rules, NOW);
        assertThat(order.totalMinor()).isEqualTo(2700 + 540);
        order.removeLine(line.id(), rules, NOW);
        assertThat(order.totalMinor()).isZero();
        assertThatThrownBy(() -> order.removeLine(line.id(), rules, NOW)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_cancelled_order_refuses_line_changes() {
        Order order = order(Shipping.Choice.AUTO);
        order.update(change(Patch.set(OrderStatus.CANCELLED), Patch.absent(), Patch.absent(), Patch.absent()), rules, NOW);
        assertThatThrownBy(() -> order.addLine(custom(order, 1, "0"), rules, NOW)).isInstanceOf(InvalidField.class);
    }

    @Test
    void custom_lines_need_a_description_and_a_price() {
        assertThatThrownBy(() -> LineItem.custom(UUID.randomUUID(), UUID.randomUUID(), "Pallet", null, Quantity.of("1"),
                null, null, null, NOW)).isInstanceOf(InvalidField.class).hasMessage("unitPriceMinor is required for custom items");
        assertThatThrownBy(() -> LineItem.custom(UUID.randomUUID(), UUID.randomUUID(), " ", null, Quantity.of("1"),
                100L, null, null, NOW)).isInstanceOf(InvalidField.class).hasMessageContaining("description");
    }

    @Test
    void multipack_lines_take_pack_size_units_from_stock() {
        LineItem line = LineItem.multipack(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 12, "Case", null, Quantity.of("2"), 3000, null, null, NOW);
        assertThat(line.stockUnits().value()).isEqualByComparingTo("24");
    }

    @Test
    void order_numbers() {
        assertThat(OrderNumber.sequential(1)).isEqualTo("ORD-00001");
        assertThat(OrderNumber.sequential(123456)).isEqualTo("ORD-123456");
        assertThat(OrderNumber.obscure(LocalDate.parse("2025-02-06"), new Random(7))).matches("ORD-20250206-[0-9A-Z]{4}");
    }

    @Test
    void awrs_numbers_are_checked() {
        assertThat(AwrsNumber.orNull("  XAW000000123 ")).isEqualTo(new AwrsNumber("XAW000000123"));
        assertThat(AwrsNumber.orNull("")).isNull();
        assertThatThrownBy(() -> AwrsNumber.orNull("xaw123")).isInstanceOf(InvalidField.class).hasMessageContaining("awrsNumber");
        assertThatThrownBy(() -> AwrsNumber.orNull("X".repeat(33))).isInstanceOf(InvalidField.class);
    }

    @Test
    void group_links_keep_claim_and_window_consistent() {
        UUID group = UUID.randomUUID();
        assertThatThrownBy(() -> new GroupLink(group, team, GroupClaimStatus.UNCLAIMED, null, null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("groupClaimTeamId");
        assertThatThrownBy(() -> new GroupLink(group, null, GroupClaimStatus.COLLATING, null, null))
                .isInstanceOf(InvalidField.class).hasMessageContaining("groupClaimStatus");
        assertThatThrownBy(() -> new GroupLink(group, null, null, NOW, NOW.minusSeconds(1)))
                .isInstanceOf(InvalidField.class).hasMessageContaining("groupLatestDeliveryAt");
        assertThat(new GroupLink(group, null, null, NOW, NOW).claimStatus()).isEqualTo(GroupClaimStatus.UNCLAIMED);
    }

    @Test
    void flags_follow_the_spec() {
        LocalDate today = LocalDate.parse("2025-03-01");
        LocalDate past = today.minusDays(1);
        assertThat(OrderFlags.of(OrderStatus.CONFIRMED, past, today, 1000, 0, 0)).isEqualTo(new OrderFlags(true, false, false, false));
        assertThat(OrderFlags.of(OrderStatus.DRAFT, past, today, 1000, 0, 0).due()).isFalse();
        assertThat(OrderFlags.of(OrderStatus.CONFIRMED, today, today, 1000, 0, 0).due()).isFalse();
        assertThat(OrderFlags.of(OrderStatus.CONFIRMED, past, today, 1000, 400, 0)).isEqualTo(new OrderFlags(true, false, true, false));
        assertThat(OrderFlags.of(OrderStatus.CANCELLED, past, today, 1000, 1000, 0)).isEqualTo(new OrderFlags(false, true, false, false));
        assertThat(OrderFlags.of(OrderStatus.CONFIRMED, past, today, 1000, 100, 300)).isEqualTo(new OrderFlags(true, false, false, true));
    }
}
