package com.brewski.application.orders;

import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentLedger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the order routes show: the header (also a list row), the shipping, the lines with display
 * names, the payments and refunds, and the order's rows of the deposit ledger.
 */
public record OrderView(Header header, Shipping shipping, String notes, List<LineView> items, List<Payment> payments,
                        List<DepositTransaction> depositTransactions) {

    /** The payment ledger of this order, chronological with running balances. */
    public PaymentLedger ledger() {
        return PaymentLedger.of(payments, header.totalMinor());
    }

    public record Header(UUID id, TeamId teamId, String number, OrderStatus status, DispatchStatus dispatchStatus,
                         LocalDate issueDate, LocalDate dueDate, long subtotalMinor, long taxTotalMinor, long totalMinor,
                         String currencySymbol, boolean dutySuspense, String awrsNumber, String clientAwrsNumber,
                         Instant createdAt, Instant updatedAt, UUID clientId, String clientName,
                         GroupSummary group, GroupClaimStatus groupClaimStatus, TeamId groupClaimTeamId,
                         String groupClaimTeamName, Instant groupEarliestDeliveryAt, Instant groupLatestDeliveryAt,
                         PaymentTotals payments, long depositBalanceMinor, OrderFlags flags) {
        public long totalPaidMinor() {
            return payments.netPaidMinor();
        }

        public long remainingMinor() {
            return totalMinor - payments.netPaidMinor();
        }
    }

    public record GroupSummary(UUID id, String slug, String name, String status, boolean shopVisible, String regionLabel) {}

    /** Sums of an order's payments and refunds. */
    public record PaymentTotals(long totalPaymentsMinor, long totalRefundsMinor) {
        public static final PaymentTotals NONE = new PaymentTotals(0, 0);

        public long netPaidMinor() {
            return totalPaymentsMinor - totalRefundsMinor;
        }
    }

    public record LineView(LineItem line, String beerName, String multipackName, String containerName, String containerType) {}
}
