package com.brewski.application.payments;

import com.brewski.application.deposits.Deposits;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.orders.OrderDocuments;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.Orders;
import com.brewski.application.shared.BusinessEvents;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentLedger;
import com.brewski.domain.payments.PaymentMethod;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payments and refunds of an order, with optional use of the client's deposit credit. The order row
 * is locked, so concurrent payments on one order queue; the client's ledger is locked before its
 * credit is read, so credit is never spent twice.
 */
public final class ManagePayments {
    private final Orders orders;
    private final Payments payments;
    private final Deposits deposits;
    private final OrderDocuments documents;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;
    private final BusinessEvents events;

    public ManagePayments(Orders orders, Payments payments, Deposits deposits, OrderDocuments documents,
                          TeamAccess access, Transactions transactions, Clock clock, Ids ids) {
        this(orders, payments, deposits, documents, access, transactions, clock, ids, BusinessEvents.NONE);
    }

    /** @param events told of every payment or refund recorded, after its commit */
    public ManagePayments(Orders orders, Payments payments, Deposits deposits, OrderDocuments documents,
                          TeamAccess access, Transactions transactions, Clock clock, Ids ids, BusinessEvents events) {
        this.events = java.util.Objects.requireNonNull(events, "events");
        this.orders = orders;
        this.payments = payments;
        this.deposits = deposits;
        this.documents = documents;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record NewPayment(PaymentKind kind, Long amountMinor, PaymentMethod method, String reference, Instant paidAt,
                             Long depositCreditMinor) {}

    /**
     * What recording a payment answers: the entry (with its running balance), the ledger's sums and the
     * order's flags after it, and the deposit credit used; bounded whatever the ledger's length (the
     * order itself stays readable at its own URL).
     */
    public record PaymentRecorded(UUID orderId, PaymentLedger.Entry payment, PaymentLedger ledger, OrderFlags flags,
                                  DepositTransaction depositTransaction) {}

    public record Ledger(OrderView order, PaymentLedger ledger, DepositBalance deposits) {}

    public PaymentRecorded record(Caller caller, UUID orderId, NewPayment input) {
        if (input.amountMinor() == null) throw new InvalidField("amountMinor", "amountMinor is required");
        if (input.depositCreditMinor() != null && input.depositCreditMinor() < 0)
            throw new InvalidField("depositCreditMinor", "depositCreditMinor must be 0 or more");
        PaymentRecorded recorded = transactions.inTransaction(() -> {
            Order order = orders.byIdForUpdate(orderId).orElseThrow(() -> new NotFound("Order not found"));
            access.requireMembership(caller, order.teamId());
            if (order.status() == OrderStatus.CANCELLED)
                throw new InvalidField("status", "Cannot record a payment against a cancelled order");
            Instant now = clock.instant();
            Payment payment = new Payment(ids.newId(), order.id(), order.teamId(), input.kind(), input.amountMinor(),
                    input.method(), input.reference(), input.paidAt() == null ? now : input.paidAt(), now);
            documents.orderChanged(order.teamId(), order.id());
            payments.insert(payment);
            DepositTransaction credit = null;
            long wanted = input.depositCreditMinor() == null ? 0 : input.depositCreditMinor();
            if (wanted > 0) {
                deposits.lockLedger(order.clientId());
                long available = deposits.balance(order.teamId(), order.clientId()).creditMinor();
                if (wanted > available)
                    throw new InvalidField("depositCreditMinor",
                            "depositCreditMinor exceeds the client's available deposit credit of " + available);
                credit = new DepositTransaction(ids.newId(), order.teamId(), order.clientId(), order.id(), null, null,
                        DepositSource.ADJUSTMENT, wanted, now, now);
                deposits.insert(credit);
            }
            PaymentLedger ledger = PaymentLedger.of(payments.ofOrder(order.id()), order.totalMinor());
            OrderFlags flags = OrderFlags.of(order.status(), order.dueDate(), LocalDate.now(clock), order.totalMinor(),
                    ledger.totalPaymentsMinor(), ledger.totalRefundsMinor());
            return new PaymentRecorded(order.id(), ledger.entryOf(payment.id()), ledger, flags, credit);
        });
        events.happened(BusinessEvents.Event.PAYMENT_RECORDED);
        return recorded;
    }

    public Ledger ledger(Caller caller, UUID orderId) {
        return transactions.inTransaction(() -> {
            OrderView view = view(orderId);
            access.requireMembership(caller, view.header().teamId());
            PaymentLedger ledger = PaymentLedger.of(payments.ofOrder(orderId), view.header().totalMinor());
            return new Ledger(view, ledger, deposits.balance(view.header().teamId(), view.header().clientId()));
        });
    }

    private OrderView view(UUID orderId) {
        return orders.view(orderId, LocalDate.now(clock)).orElseThrow(() -> new NotFound("Order not found"));
    }
}
