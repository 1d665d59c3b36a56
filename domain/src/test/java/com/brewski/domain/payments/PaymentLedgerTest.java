package com.brewski.domain.payments;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentLedgerTest {
    private final UUID order = UUID.randomUUID();
    private final TeamId team = new TeamId(UUID.randomUUID());

    private Payment payment(PaymentKind kind, long amount, String paidAt, String createdAt) {
        return new Payment(UUID.randomUUID(), order, team, kind, amount, PaymentMethod.CARD, null,
                Instant.parse(paidAt), Instant.parse(createdAt));
    }

    @Test
    void entries_are_chronological_by_paid_at_then_creation_with_running_balances() {
        Payment late = payment(PaymentKind.PAYMENT, 28000, "2025-02-03T15:09:00Z", "2025-02-03T15:09:04Z");
        Payment early = payment(PaymentKind.PAYMENT, 120000, "2025-01-28T11:32:00Z", "2025-02-05T00:00:00Z");
        PaymentLedger ledger = PaymentLedger.of(List.of(late, early), 222000);
        assertThat(ledger.entries()).extracting(e -> e.payment().id()).containsExactly(early.id(), late.id());
        assertThat(ledger.entries()).extracting(PaymentLedger.Entry::runningBalanceMinor).containsExactly(120000L, 148000L);
        assertThat(ledger.totalPaymentsMinor()).isEqualTo(148000);
        assertThat(ledger.netPaidMinor()).isEqualTo(148000);
        assertThat(ledger.remainingMinor()).isEqualTo(74000);
    }

    @Test
    void same_moment_entries_order_by_creation() {
        Payment second = payment(PaymentKind.PAYMENT, 100, "2025-01-28T11:32:00Z", "2025-01-28T11:32:02Z");
        Payment first = payment(PaymentKind.REFUND, 40, "2025-01-28T11:32:00Z", "2025-01-28T11:32:01Z");
        PaymentLedger ledger = PaymentLedger.of(List.of(second, first), 1000);
        assertThat(ledger.entries()).extracting(PaymentLedger.Entry::runningBalanceMinor).containsExactly(-40L, 60L);
    }

    @Test
    void refunds_may_exceed_payments_and_payments_may_overpay() {
        PaymentLedger refunded = PaymentLedger.of(List.of(
                payment(PaymentKind.PAYMENT, 100, "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
                payment(PaymentKind.REFUND, 300, "2025-01-02T00:00:00Z", "2025-01-02T00:00:00Z")), 1000);
        assertThat(refunded.netPaidMinor()).isEqualTo(-200);
        assertThat(refunded.remainingMinor()).isEqualTo(1200);
        PaymentLedger overpaid = PaymentLedger.of(List.of(
                payment(PaymentKind.PAYMENT, 1500, "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z")), 1000);
        assertThat(overpaid.remainingMinor()).isEqualTo(-500);
    }

    @Test
    void amounts_are_positive_and_fields_are_named() {
        assertThatThrownBy(() -> payment(PaymentKind.PAYMENT, 0, "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z"))
                .isInstanceOf(InvalidField.class).hasMessage("amountMinor must be greater than 0");
        assertThatThrownBy(() -> PaymentMethod.parse("paymentMethod", "bitcoin"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("paymentMethod");
        assertThatThrownBy(() -> PaymentKind.parse("kind", "gift")).isInstanceOf(InvalidField.class).hasMessageContaining("kind");
        assertThat(PaymentMethod.parse("paymentMethod", "bank_transfer")).isEqualTo(PaymentMethod.BANK_TRANSFER);
    }
}
