package com.brewski.application.orders;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the order routes show: the header (also a list row), the shipping, and the lines with display names. */
public record OrderView(Header header, Shipping shipping, String notes, List<LineView> items) {

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
