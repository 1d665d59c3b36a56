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
 * <p>
 * What a group partner (a member of another team of the order's brewery group) sees is decided here,
 * by {@link #forGroupPartner()} and {@link Header#forGroupPartner()}: the order, its lines, shipping,
 * delivery window and claim state, but not the seller's money — no payments or refunds, no paid or
 * remaining amounts, no payment flags, no deposit ledger or balance. Every route that answers an order
 * or an order row to a partner goes through them.
 */
public record OrderView(Header header, Shipping shipping, String notes, List<LineView> items, List<Payment> payments,
                        List<DepositTransaction> depositTransactions) {

    /** This order as a caller on {@code readerTeams} may see it: whole for its own team, else a partner's view. */
    public OrderView seenBy(java.util.Set<TeamId> readerTeams) {
        return readerTeams.contains(header.teamId()) ? this : forGroupPartner();
    }

    /** This order as a group partner sees it: the header without money received, no payments, no deposit rows. */
    public OrderView forGroupPartner() {
        return new OrderView(header.forGroupPartner(), shipping, notes, items, List.of(), List.of());
    }

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
                         PaymentTotals payments, long depositBalanceMinor, OrderFlags flags, boolean partnerView) {
        public Header(UUID id, TeamId teamId, String number, OrderStatus status, DispatchStatus dispatchStatus,
                      LocalDate issueDate, LocalDate dueDate, long subtotalMinor, long taxTotalMinor, long totalMinor,
                      String currencySymbol, boolean dutySuspense, String awrsNumber, String clientAwrsNumber,
                      Instant createdAt, Instant updatedAt, UUID clientId, String clientName,
                      GroupSummary group, GroupClaimStatus groupClaimStatus, TeamId groupClaimTeamId,
                      String groupClaimTeamName, Instant groupEarliestDeliveryAt, Instant groupLatestDeliveryAt,
                      PaymentTotals payments, long depositBalanceMinor, OrderFlags flags) {
            this(id, teamId, number, status, dispatchStatus, issueDate, dueDate, subtotalMinor, taxTotalMinor, totalMinor,
                    currencySymbol, dutySuspense, awrsNumber, clientAwrsNumber, createdAt, updatedAt, clientId, clientName,
                    group, groupClaimStatus, groupClaimTeamId, groupClaimTeamName, groupEarliestDeliveryAt,
                    groupLatestDeliveryAt, payments, depositBalanceMinor, flags, false);
        }

        /** The header as a group partner sees it: money received, payment flags and deposit balance withheld. */
        public Header forGroupPartner() {
            return new Header(id, teamId, number, status, dispatchStatus, issueDate, dueDate, subtotalMinor, taxTotalMinor,
                    totalMinor, currencySymbol, dutySuspense, awrsNumber, clientAwrsNumber, createdAt, updatedAt, clientId,
                    clientName, group, groupClaimStatus, groupClaimTeamId, groupClaimTeamName, groupEarliestDeliveryAt,
                    groupLatestDeliveryAt, PaymentTotals.NONE, 0, null, true);
        }

        /** The header as {@code readerTeams} see it: whole for a member of the order's team, else a partner's. */
        public Header seenBy(java.util.Set<TeamId> readerTeams) {
            return readerTeams.contains(teamId) ? this : forGroupPartner();
        }

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
