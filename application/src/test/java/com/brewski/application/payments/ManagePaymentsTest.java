package com.brewski.application.payments;

import com.brewski.application.deposits.ManageDeposits;
import com.brewski.application.identity.Caller;
import com.brewski.application.orders.OrderView;
import com.brewski.application.testing.OrderInputs;
import com.brewski.application.testing.SettingsChanges;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.catalogue.ContainerType;
import com.brewski.domain.clients.Client;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamRole;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentLedger;
import com.brewski.domain.payments.PaymentMethod;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.brewski.application.testing.DomainAssertions.assertInvalidField;
import static com.brewski.application.testing.OrderInputs.customLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagePaymentsTest {
    private final TradeFixture f = new TradeFixture();
    private final Caller owner = f.user("owner@lantern.example");
    private final Team team = f.team(owner, "Lantern Brewery");
    private final TeamId teamId = team.id();
    private final Client pub = f.client(owner, teamId, "The Crown");
    private final UUID orderId = orderOf(10_000);

    private UUID orderOf(long totalMinor) {
        OrderView order = f.manageOrders.create(owner, OrderInputs.newOrder(teamId, pub.id()).status(OrderStatus.CONFIRMED).build());
        f.manageOrders.addItem(owner, order.header().id(), customLine("Cask ale", "1", totalMinor));
        return order.header().id();
    }

    private static ManagePayments.NewPayment payment(long amountMinor) {
        return new ManagePayments.NewPayment(PaymentKind.PAYMENT, amountMinor, PaymentMethod.BANK_TRANSFER, "INV-1", null, null);
    }

    private static ManagePayments.NewPayment paidAt(PaymentKind kind, long amountMinor, String instant) {
        return new ManagePayments.NewPayment(kind, amountMinor, PaymentMethod.CARD, null, Instant.parse(instant), null);
    }

    private static ManagePayments.NewPayment withCredit(long amountMinor, long creditMinor) {
        return new ManagePayments.NewPayment(PaymentKind.PAYMENT, amountMinor, PaymentMethod.CASH, null, null, creditMinor);
    }

    @Test
    void payments_reduce_what_remains_and_set_partial_then_paid() {
        ManagePayments.PaymentRecorded first = f.managePayments.record(owner, orderId, payment(4_000));
        assertThat(first.payment().runningBalanceMinor()).isEqualTo(4_000);
        assertThat(first.payment().payment().paidAt()).isEqualTo(f.clock.instant());
        assertThat(first.ledger().remainingMinor()).isEqualTo(6_000);
        assertThat(first.flags().partial()).isTrue();
        assertThat(first.flags().paid()).isFalse();
        assertThat(first.orderId()).isEqualTo(orderId);

        ManagePayments.PaymentRecorded second = f.managePayments.record(owner, orderId, payment(6_000));
        assertThat(second.ledger().remainingMinor()).isZero();
        assertThat(second.flags().paid()).isTrue();
        assertThat(second.flags().partial()).isFalse();
        OrderView order = f.manageOrders.get(owner, orderId);
        assertThat(order.header().flags()).isEqualTo(second.flags());
        assertThat(order.header().remainingMinor()).isZero();
        assertThat(second.depositTransaction()).isNull();
    }

    @Test
    void the_ledger_is_chronological_by_paid_at_with_running_balances() {
        f.managePayments.record(owner, orderId, paidAt(PaymentKind.PAYMENT, 5_000, "2025-02-20T10:00:00Z"));
        f.managePayments.record(owner, orderId, paidAt(PaymentKind.REFUND, 1_000, "2025-02-25T10:00:00Z"));
        f.managePayments.record(owner, orderId, paidAt(PaymentKind.PAYMENT, 2_000, "2025-02-10T10:00:00Z"));

        PaymentLedger ledger = f.managePayments.ledger(owner, orderId).ledger();
        assertThat(ledger.entries()).extracting(e -> e.payment().amountMinor()).containsExactly(2_000L, 5_000L, 1_000L);
        assertThat(ledger.entries()).extracting(PaymentLedger.Entry::runningBalanceMinor).containsExactly(2_000L, 7_000L, 6_000L);
        assertThat(ledger.totalPaymentsMinor()).isEqualTo(7_000);
        assertThat(ledger.totalRefundsMinor()).isEqualTo(1_000);
        assertThat(ledger.remainingMinor()).isEqualTo(4_000);

        OrderView view = f.manageOrders.get(owner, orderId);
        assertThat(view.payments()).extracting(p -> p.amountMinor()).containsExactly(2_000L, 5_000L, 1_000L);
        assertThat(view.header().totalPaidMinor()).isEqualTo(6_000);
    }

    @Test
    void refunds_beyond_payments_set_the_refunded_flag() {
        f.managePayments.record(owner, orderId, payment(1_000));
        var refund = new ManagePayments.NewPayment(PaymentKind.REFUND, 1_500L, PaymentMethod.CARD, null, null, null);
        ManagePayments.PaymentRecorded recorded = f.managePayments.record(owner, orderId, refund);
        assertThat(recorded.flags().refunded()).isTrue();
        assertThat(recorded.ledger().remainingMinor()).isEqualTo(10_500);
        OrderView order = f.manageOrders.get(owner, orderId);
        assertThat(order.header().flags().refunded()).isTrue();
        assertThat(order.header().remainingMinor()).isEqualTo(10_500);
    }

    @Test
    void a_payment_on_a_cancelled_order_is_refused_and_nothing_is_recorded() {
        f.manageOrders.update(owner, orderId, OrderInputs.update().status(OrderStatus.CANCELLED).build());
        f.documents.clear();
        assertInvalidField(() -> f.managePayments.record(owner, orderId, payment(1_000)), "status");
        assertThat(f.payments.ofOrder(orderId)).isEmpty();
        assertThat(f.documents.reports()).isEmpty();
    }

    @Test
    void recording_reports_the_order_to_documents_before_the_payment_is_stored() {
        f.documents.clear();
        f.managePayments.record(owner, orderId, payment(1_000));
        assertThat(f.documents.changedOrders()).containsExactly(orderId);
        assertThat(f.documents.last().storedAtReport().payments()).isEmpty();
        assertThat(f.documents.last().storedAtReport().header().totalPaidMinor()).isZero();
    }

    @Test
    void missing_amounts_and_negative_credit_are_refused_before_anything_happens() {
        f.documents.clear();
        assertInvalidField(() -> f.managePayments.record(owner, orderId,
                new ManagePayments.NewPayment(PaymentKind.PAYMENT, null, PaymentMethod.CARD, null, null, null)), "amountMinor");
        assertInvalidField(() -> f.managePayments.record(owner, orderId, withCredit(1_000, -1)), "depositCreditMinor");
        assertInvalidField(() -> f.managePayments.record(owner, orderId, payment(0)), "amountMinor");
        assertInvalidField(() -> f.managePayments.record(owner, orderId,
                new ManagePayments.NewPayment(PaymentKind.PAYMENT, 100L, null, null, null, null)), "paymentMethod");
        assertThat(f.payments.ofOrder(orderId)).isEmpty();
    }

    // ---- deposit credit

    private void creditFromReturnedKegs(int kegs) {
        f.settings(owner, teamId, SettingsChanges.deposit(ContainerType.KEG, 2_500));
        f.manageDeposits.recordReturn(owner, new ManageDeposits.NewReturn(teamId, pub.id(), null,
                f.container(teamId, ContainerType.KEG).id(), BigDecimal.valueOf(kegs), null, null));
    }

    @Test
    void deposit_credit_is_spent_into_the_order_ledger_up_to_what_the_client_has() {
        creditFromReturnedKegs(2);
        assertThat(f.manageDeposits.clientBalance(owner, pub.id()).creditMinor()).isEqualTo(5_000);

        ManagePayments.PaymentRecorded recorded = f.managePayments.record(owner, orderId, withCredit(7_000, 3_000));
        assertThat(recorded.depositTransaction().source()).isEqualTo(DepositSource.ADJUSTMENT);
        assertThat(recorded.depositTransaction().amountMinor()).isEqualTo(3_000);
        assertThat(recorded.depositTransaction().orderId()).isEqualTo(orderId);
        assertThat(f.manageOrders.get(owner, orderId).depositTransactions()).extracting(t -> t.amountMinor()).containsExactly(3_000L);

        ManagePayments.Ledger ledger = f.managePayments.ledger(owner, orderId);
        assertThat(ledger.deposits().creditMinor()).isEqualTo(2_000);
    }

    @Test
    void credit_beyond_the_clients_balance_is_refused_naming_what_is_available_and_the_payment_is_not_kept() {
        creditFromReturnedKegs(2);
        f.managePayments.record(owner, orderId, withCredit(1_000, 3_000));

        assertThatThrownBy(() -> f.managePayments.record(owner, orderId, withCredit(1_000, 2_001)))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("depositCreditMinor");
                    assertThat(e.getMessage()).endsWith("of 2000");
                });
        assertThat(f.payments.ofOrder(orderId)).hasSize(1);
        assertThat(f.manageDeposits.clientBalance(owner, pub.id()).creditMinor()).isEqualTo(2_000);
    }

    @Test
    void a_client_without_credit_cannot_spend_any() {
        assertInvalidField(() -> f.managePayments.record(owner, orderId, withCredit(1_000, 1)), "depositCreditMinor");
    }

    // ---- tenancy

    @Test
    void another_teams_caller_can_neither_record_nor_read_and_unknown_orders_are_not_found() {
        Caller stranger = f.user("owner@hop.example");
        f.team(stranger, "Hop Co");
        assertThatThrownBy(() -> f.managePayments.record(stranger, orderId, payment(1_000))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.managePayments.ledger(stranger, orderId)).isInstanceOf(Forbidden.class);
        assertThat(f.payments.ofOrder(orderId)).isEmpty();

        assertThatThrownBy(() -> f.managePayments.record(owner, UUID.randomUUID(), payment(1_000))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.managePayments.ledger(owner, UUID.randomUUID())).isInstanceOf(NotFound.class);
    }

    @Test
    void plain_members_record_payments() {
        Caller brewer = f.member(owner, teamId, "brewer@lantern.example", TeamRole.MEMBER);
        f.clock.advance(Duration.ofHours(1));
        var recorded = f.managePayments.record(brewer, orderId, payment(2_500));
        assertThat(recorded.payment().payment().createdAt()).isEqualTo(f.clock.instant());
        assertThat(f.managePayments.ledger(brewer, orderId).ledger().netPaidMinor()).isEqualTo(2_500);
    }
}
