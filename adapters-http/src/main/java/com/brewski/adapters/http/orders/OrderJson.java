package com.brewski.adapters.http.orders;

import com.brewski.application.orders.ManageOrders;
import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderState;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.OrderView.Header;
import com.brewski.application.orders.Orders;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.orders.ShippingRule;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentLedger;
import com.brewski.domain.shared.Page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The response records of the order and shipping-rule routes. An order is written by
 * {@link FullOrderJson#of(OrderView)} only, whatever route answers with it; a list row by
 * {@link OrderRowJson#of(Header)}. A full order carries its payment ledger and deposit rows; a list
 * row carries the sums only, as the contract says.
 */
public final class OrderJson {
    private OrderJson() {}

    // --- one order ---

    public record OrderBody(FullOrderJson order, List<ItemJson> items) {
        static OrderBody of(OrderView view) {
            return new OrderBody(FullOrderJson.of(view), ItemJson.all(view));
        }
    }

    public record ItemAddedBody(ItemJson item, FullOrderJson order, List<ItemJson> items) {
        static ItemAddedBody of(ManageOrders.ItemAdded added) {
            OrderView view = added.order();
            ItemJson item = view.items().stream().filter(line -> line.line().id().equals(added.item().id()))
                    .findFirst().map(ItemJson::of)
                    .orElseThrow(() -> new IllegalStateException("the added item is not in the order's view"));
            return new ItemAddedBody(item, FullOrderJson.of(view), ItemJson.all(view));
        }
    }

    /** The order as every route that answers with one writes it (the contract's {@code GET /orders/:id}). */
    public record FullOrderJson(
            UUID id, UUID teamId, UUID clientId, String clientName, String number, String status, String dispatchStatus,
            LocalDate issueDate, LocalDate dueDate, UUID groupId, GroupJson group, String groupClaimStatus,
            UUID groupClaimTeamId, String groupClaimTeamName, Instant groupEarliestDeliveryAt,
            Instant groupLatestDeliveryAt, long subtotalMinor, long taxTotalMinor, long totalMinor, Long totalPaidMinor,
            Long remainingMinor, String currencySymbol, boolean dutySuspense, String awrsNumber, String clientAwrsNumber,
            ShippingJson shipping, PaymentsJson payments, DepositsJson deposits, String notes, Instant createdAt,
            Instant updatedAt, FlagsJson flags) {

        /** A group partner's view ({@link Header#forGroupPartner()}) writes the money fields as null. */
        static FullOrderJson of(OrderView view) {
            Header h = view.header();
            Linkage g = Linkage.of(h);
            boolean money = !h.partnerView();
            return new FullOrderJson(h.id(), h.teamId().value(), h.clientId(), h.clientName(), h.number(),
                    h.status().wire(), h.dispatchStatus().wire(), h.issueDate(), h.dueDate(), g.groupId(), g.group(),
                    g.claimStatus(), g.claimTeamId(), g.claimTeamName(), g.earliestDeliveryAt(), g.latestDeliveryAt(),
                    h.subtotalMinor(), h.taxTotalMinor(), h.totalMinor(), money ? h.totalPaidMinor() : null,
                    money ? h.remainingMinor() : null,
                    h.currencySymbol(), h.dutySuspense(), h.awrsNumber(), h.clientAwrsNumber(),
                    ShippingJson.of(view.shipping()), money ? PaymentsJson.of(view.ledger()) : null,
                    money ? DepositsJson.of(h.depositBalanceMinor(), view.depositTransactions()) : null,
                    view.notes(), h.createdAt(), h.updatedAt(), money ? FlagsJson.of(h.flags()) : null);
        }
    }

    /** The group fields of a header: all null unless the order is linked to a group. */
    private record Linkage(UUID groupId, GroupJson group, String claimStatus, UUID claimTeamId, String claimTeamName,
                           Instant earliestDeliveryAt, Instant latestDeliveryAt) {
        private static final Linkage NONE = new Linkage(null, null, null, null, null, null, null);

        static Linkage of(Header h) {
            if (h.group() == null) return NONE;
            return new Linkage(h.group().id(), GroupJson.of(h.group()),
                    h.groupClaimStatus() == null ? null : h.groupClaimStatus().wire(),
                    h.groupClaimTeamId() == null ? null : h.groupClaimTeamId().value(), h.groupClaimTeamName(),
                    h.groupEarliestDeliveryAt(), h.groupLatestDeliveryAt());
        }
    }

    public record GroupJson(UUID id, String slug, String name, String status, boolean shopVisible, String regionLabel) {
        static GroupJson of(OrderView.GroupSummary group) {
            return new GroupJson(group.id(), group.slug(), group.name(), group.status(),
                    group.shopVisible(), group.regionLabel());
        }
    }

    public record ShippingJson(String mode, UUID ruleId, String ruleName, long amountMinor, String notes) {
        static ShippingJson of(Shipping shipping) {
            return new ShippingJson(shipping.mode().wire(), shipping.ruleId(), shipping.ruleName(), shipping.amountMinor(),
                    shipping.notes());
        }
    }

    public record PaymentSummaryJson(long totalPaymentsMinor, long totalRefundsMinor, long netPaidMinor,
                                     long runningBalanceMinor, long remainingMinor) {
        static PaymentSummaryJson of(PaymentLedger ledger) {
            return new PaymentSummaryJson(ledger.totalPaymentsMinor(), ledger.totalRefundsMinor(), ledger.netPaidMinor(),
                    ledger.runningBalanceMinor(), ledger.remainingMinor());
        }
    }

    /** One ledger entry with the net paid amount after it. */
    public record PaymentJson(UUID id, long amountMinor, String kind, String paymentMethod, String paymentReference,
                              Instant paidAt, Instant createdAt, long runningBalanceMinor) {
        static PaymentJson of(PaymentLedger.Entry entry) {
            Payment p = entry.payment();
            return new PaymentJson(p.id(), p.amountMinor(), p.kind().wire(), p.method().wire(), p.reference(),
                    p.paidAt(), p.createdAt(), entry.runningBalanceMinor());
        }
    }

    /** The ledger: the sums, and the entries in chronological order. */
    public record PaymentsJson(PaymentSummaryJson summary, List<PaymentJson> items) {
        static PaymentsJson of(PaymentLedger ledger) {
            return new PaymentsJson(PaymentSummaryJson.of(ledger), ledger.entries().stream().map(PaymentJson::of).toList());
        }
    }

    /** A row of the deposit ledger (returns are negative). */
    public record DepositTransactionJson(UUID id, UUID orderId, UUID containerReturnId, String source, long amountMinor,
                                         Instant createdAt, Instant updatedAt) {
        public static DepositTransactionJson of(DepositTransaction t) {
            return t == null ? null : new DepositTransactionJson(t.id(), t.orderId(), t.containerReturnId(),
                    t.source().wire(), t.amountMinor(), t.createdAt(), t.updatedAt());
        }
    }

    /** The client's deposit ledger: balance (positive owed, negative credit), and its entries for this order. */
    public record DepositsJson(long balanceMinor, long creditMinor, long liabilityMinor, List<DepositTransactionJson> transactions) {
        static DepositsJson of(long balanceMinor, List<DepositTransaction> transactions) {
            DepositBalance balance = new DepositBalance(balanceMinor);
            return new DepositsJson(balanceMinor, balance.creditMinor(), balance.liabilityMinor(),
                    transactions.stream().map(DepositTransactionJson::of).toList());
        }
    }

    /** The deposit summary without entries (list rows, payment ledgers, clients). */
    public record DepositSummaryJson(long balanceMinor, long creditMinor, long liabilityMinor) {
        public static DepositSummaryJson of(DepositBalance balance) {
            return new DepositSummaryJson(balance.balanceMinor(), balance.creditMinor(), balance.liabilityMinor());
        }
    }

    public record FlagsJson(boolean due, boolean paid, boolean partial, boolean refunded) {
        static FlagsJson of(OrderFlags flags) {
            return new FlagsJson(flags.due(), flags.paid(), flags.partial(), flags.refunded());
        }
    }

    public record ItemJson(
            UUID id, UUID orderId, String kind, UUID beerId, String beerName, UUID multipackId, String multipackName,
            Integer packSize, UUID componentContainerId, String componentContainerName, String componentContainerType,
            String description, BigDecimal quantity, String unit, long unitPriceMinor, BigDecimal taxRate,
            String discountType, BigDecimal discountValue, long discountMinor, long lineTotalMinor, Instant createdAt,
            Instant updatedAt) {

        static ItemJson of(OrderView.LineView view) {
            LineItem line = view.line();
            Discount discount = line.discount();
            return new ItemJson(line.id(), line.orderId(), line.kind().wire(), line.beerId(), view.beerName(),
                    line.multipackId(), view.multipackName(), line.multipackId() == null ? null : line.packSize(),
                    line.containerId(), view.containerName(), view.containerType(), line.description(),
                    line.quantity().value(), line.unit(), line.unitPriceMinor(), line.taxRate().percent(),
                    discount == null ? null : discount.type(), discount == null ? null : discount.value(),
                    line.amounts().discountMinor(), line.amounts().totalMinor(), line.createdAt(), line.updatedAt());
        }

        static List<ItemJson> all(OrderView view) {
            return view.items().stream().map(ItemJson::of).toList();
        }
    }

    // --- lists ---

    public record RowPaymentSummaryJson(long totalPaymentsMinor, long totalRefundsMinor, long netPaidMinor,
                                        long remainingMinor) {}

    public record RowPaymentsJson(RowPaymentSummaryJson summary) {}

    /** A list row: the order's header with payment and deposit summaries, no lines. */
    public record OrderRowJson(
            UUID id, UUID teamId, String number, String status, String dispatchStatus, LocalDate issueDate,
            LocalDate dueDate, long subtotalMinor, long taxTotalMinor, long totalMinor, Long totalPaidMinor,
            Long remainingMinor, String currencySymbol, boolean dutySuspense, String awrsNumber, String clientAwrsNumber,
            Instant createdAt, Instant updatedAt, UUID clientId, String clientName, UUID groupId, GroupJson group,
            String groupClaimStatus, UUID groupClaimTeamId, String groupClaimTeamName, Instant groupEarliestDeliveryAt,
            Instant groupLatestDeliveryAt, FlagsJson flags, RowPaymentsJson payments, DepositSummaryJson deposits) {

        /** A group partner's row ({@link Header#forGroupPartner()}) writes the money fields as null. */
        static OrderRowJson of(Header h) {
            Linkage g = Linkage.of(h);
            OrderView.PaymentTotals p = h.payments();
            boolean money = !h.partnerView();
            return new OrderRowJson(h.id(), h.teamId().value(), h.number(), h.status().wire(), h.dispatchStatus().wire(),
                    h.issueDate(), h.dueDate(), h.subtotalMinor(), h.taxTotalMinor(), h.totalMinor(),
                    money ? h.totalPaidMinor() : null, money ? h.remainingMinor() : null, h.currencySymbol(),
                    h.dutySuspense(), h.awrsNumber(), h.clientAwrsNumber(),
                    h.createdAt(), h.updatedAt(), h.clientId(), h.clientName(), g.groupId(), g.group(), g.claimStatus(),
                    g.claimTeamId(), g.claimTeamName(), g.earliestDeliveryAt(), g.latestDeliveryAt(),
                    money ? FlagsJson.of(h.flags()) : null,
                    money ? new RowPaymentsJson(new RowPaymentSummaryJson(p.totalPaymentsMinor(), p.totalRefundsMinor(),
                            p.netPaidMinor(), h.remainingMinor())) : null,
                    money ? DepositSummaryJson.of(new DepositBalance(h.depositBalanceMinor())) : null);
        }
    }

    /** A page of orders with the filters it was asked for. */
    public record OrderPageJson(UUID teamId, int page, int pageSize, long total, int pages, String sort, String direction,
                                String state, String status, String dispatchStatus, UUID groupId, String groupClaimStatus,
                                List<OrderRowJson> results) {}

    static OrderPageJson page(Page<Header> page, TeamId teamId, OrderQuery q) {
        return new OrderPageJson(teamId.value(), page.page(), page.pageSize(), page.total(), page.pages(),
                q.sort().key(), q.sort().direction().wire(), wire(q.state(), OrderState::wire),
                wire(q.status(), OrderStatus::wire), wire(q.dispatchStatus(), DispatchStatus::wire), q.groupId(),
                wire(q.groupClaimStatus(), GroupClaimStatus::wire), page.results().stream().map(OrderRowJson::of).toList());
    }

    public record CountsJson(long all, long due, long draft, long confirmed, long cancelled, long paid) {}

    public record SummaryBody(UUID teamId, CountsJson summary) {
        static SummaryBody of(TeamId teamId, Orders.OrderCounts c) {
            return new SummaryBody(teamId.value(), new CountsJson(c.all(), c.due(), c.draft(), c.confirmed(), c.cancelled(), c.paid()));
        }
    }

    private static <E> String wire(E value, Function<E, String> wire) {
        return value == null ? null : wire.apply(value);
    }

    // --- shipping rules ---

    public record RuleJson(UUID id, UUID teamId, String name, long amountMinor, long minSubtotalMinor, Long freeAboveMinor,
                           Instant createdAt, Instant updatedAt) {
        static RuleJson of(ShippingRule rule) {
            return new RuleJson(rule.id(), rule.teamId(), rule.name(), rule.amountMinor(), rule.minSubtotalMinor(),
                    rule.freeAboveMinor(), rule.createdAt(), rule.updatedAt());
        }
    }

    public record RuleBody(RuleJson rule) {}

    public record RulesBody(List<RuleJson> results) {}
}
