package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.VoucherOrderItemsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.VoucherOrdersRecord;
import com.brewski.adapters.persistence.jooq.tables.records.VoucherPaymentsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.VouchersRecord;
import com.brewski.application.fulfillment.VoucherOrders;
import com.brewski.domain.fulfillment.ItemFulfilmentStatus;
import com.brewski.domain.fulfillment.OrderItem;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerId;
import com.brewski.domain.fulfillment.PaymentStatus;
import com.brewski.domain.fulfillment.VariantId;
import com.brewski.domain.fulfillment.Voucher;
import com.brewski.domain.fulfillment.VoucherCode;
import com.brewski.domain.fulfillment.VoucherOrder;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.fulfillment.VoucherOrderStatus;
import com.brewski.domain.fulfillment.VoucherPayment;
import com.brewski.domain.identity.Email;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.brewski.adapters.persistence.jooq.Tables.VOUCHERS;
import static com.brewski.adapters.persistence.jooq.Tables.VOUCHER_ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.VOUCHER_ORDER_ITEMS;
import static com.brewski.adapters.persistence.jooq.Tables.VOUCHER_PAYMENTS;

/**
 * Voucher orders ({@code voucher_orders}), their items, saved vouchers ({@code vouchers}, one code on
 * one item only: a unique index) and payments ({@code voucher_payments}, unique on event and payment id).
 * An order loads in three queries and a page in five, whatever its size.
 */
final class JooqVoucherOrders implements VoucherOrders {
    private final JooqTransactions transactions;

    JooqVoucherOrders(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public VoucherOrder insert(VoucherOrder order) {
        var dsl = transactions.dsl();
        long id = dsl.insertInto(VOUCHER_ORDERS)
                .set(VOUCHER_ORDERS.CUSTOMER_EMAIL, order.customerEmail().value())
                .set(VOUCHER_ORDERS.STATUS, order.status().wire())
                .set(VOUCHER_ORDERS.TOTAL_MINOR, order.totalMinor())
                .set(VOUCHER_ORDERS.CURRENCY_SYMBOL, order.currencySymbol())
                .set(VOUCHER_ORDERS.CREATED_AT, order.createdAt())
                .set(VOUCHER_ORDERS.UPDATED_AT, order.createdAt())
                .returning(VOUCHER_ORDERS.ID).fetchOne().getId();
        var insert = dsl.insertInto(VOUCHER_ORDER_ITEMS, VOUCHER_ORDER_ITEMS.ORDER_ID, VOUCHER_ORDER_ITEMS.POSITION,
                VOUCHER_ORDER_ITEMS.VARIANT_ID, VOUCHER_ORDER_ITEMS.PRODUCT_NAME, VOUCHER_ORDER_ITEMS.VARIANT_NAME,
                VOUCHER_ORDER_ITEMS.QUANTITY, VOUCHER_ORDER_ITEMS.UNIT_PRICE_MINOR, VOUCHER_ORDER_ITEMS.FULFILLED,
                VOUCHER_ORDER_ITEMS.FULFILLMENT_STATUS);
        List<OrderItem> items = order.items();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            insert = insert.values(id, i, item.variantId().value(), item.productName(), item.variantName(), item.quantity(),
                    item.unitPriceMinor(), false, item.status().wire());
        }
        insert.execute();
        return find(new VoucherOrderId(id)).orElseThrow();
    }

    @Override
    public Optional<VoucherOrder> find(VoucherOrderId id) {
        VoucherOrdersRecord row = transactions.dsl().selectFrom(VOUCHER_ORDERS).where(VOUCHER_ORDERS.ID.eq(id.value())).fetchOne();
        if (row == null) return Optional.empty();
        return Optional.of(load(List.of(row)).getFirst());
    }

    @Override
    public Optional<VoucherOrder> lock(VoucherOrderId id) {
        VoucherOrdersRecord row = transactions.dsl().selectFrom(VOUCHER_ORDERS).where(VOUCHER_ORDERS.ID.eq(id.value()))
                .forUpdate().fetchOne();
        if (row == null) return Optional.empty();
        return Optional.of(load(List.of(row)).getFirst());
    }

    @Override
    public Page<VoucherOrder> page(VoucherOrderStatus status, PageRequest page) {
        var dsl = transactions.dsl();
        Condition where = status == null ? DSL.trueCondition() : VOUCHER_ORDERS.STATUS.eq(status.wire());
        var rows = dsl.selectFrom(VOUCHER_ORDERS).where(where)
                .orderBy(VOUCHER_ORDERS.CREATED_AT.desc(), VOUCHER_ORDERS.ID.desc())
                .limit(page.pageSize()).offset(page.offset()).fetch();
        long total = dsl.fetchCount(VOUCHER_ORDERS, where);
        return new Page<>(load(rows), page.page(), page.pageSize(), total);
    }

    private List<VoucherOrder> load(List<VoucherOrdersRecord> rows) {
        if (rows.isEmpty()) return List.of();
        var dsl = transactions.dsl();
        List<Long> orderIds = rows.stream().map(VoucherOrdersRecord::getId).toList();
        var itemRows = dsl.selectFrom(VOUCHER_ORDER_ITEMS).where(VOUCHER_ORDER_ITEMS.ORDER_ID.in(orderIds))
                .orderBy(VOUCHER_ORDER_ITEMS.ORDER_ID, VOUCHER_ORDER_ITEMS.POSITION).fetch();
        Map<Long, List<Voucher>> vouchers = dsl.selectFrom(VOUCHERS)
                .where(VOUCHERS.ORDER_ITEM_ID.in(itemRows.map(VoucherOrderItemsRecord::getId)))
                .orderBy(VOUCHERS.ORDER_ITEM_ID, VOUCHERS.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(VouchersRecord::getOrderItemId, LinkedHashMap::new,
                        Collectors.mapping(JooqVoucherOrders::toVoucher, Collectors.toList())));
        Map<Long, List<OrderItem>> items = itemRows.stream().collect(Collectors.groupingBy(VoucherOrderItemsRecord::getOrderId,
                LinkedHashMap::new, Collectors.mapping(r -> OrderItem.rebuild(new OrderItemId(r.getId()), new VariantId(r.getVariantId()),
                        r.getProductName(), r.getVariantName(), r.getQuantity(), r.getUnitPriceMinor(), r.getFulfilled(),
                        r.getFulfilledAt(), ItemFulfilmentStatus.parse("fulfillment_status", r.getFulfillmentStatus()),
                        vouchers.getOrDefault(r.getId(), List.of()), r.getClaimedUntil()), Collectors.toList())));
        return rows.stream().map(r -> VoucherOrder.rebuild(new VoucherOrderId(r.getId()), new Email(r.getCustomerEmail()),
                VoucherOrderStatus.parse("status", r.getStatus()), r.getTotalMinor(), r.getCurrencySymbol(),
                r.getDispatchedEmail(), r.getEmailSentAt(), items.getOrDefault(r.getId(), List.of()), r.getCreatedAt())).toList();
    }

    private static Voucher toVoucher(VouchersRecord r) {
        return new Voucher(new VoucherCode(r.getCode(), r.getPin(), r.getRedemptionUrl(), r.getExpiresAt(), JsonText.read(r.getMetadata())),
                r.getPartnerId() == null ? null : new PartnerId(r.getPartnerId()));
    }

    @Override
    public void save(VoucherOrder order) {
        var dsl = transactions.dsl();
        Instant now = Instant.now();
        dsl.update(VOUCHER_ORDERS)
                .set(VOUCHER_ORDERS.STATUS, order.status().wire())
                .set(VOUCHER_ORDERS.DISPATCHED_EMAIL, order.dispatchedEmail())
                .set(VOUCHER_ORDERS.EMAIL_SENT_AT, order.emailSentAt())
                .set(VOUCHER_ORDERS.UPDATED_AT, now)
                .where(VOUCHER_ORDERS.ID.eq(order.id().value())).execute();
        List<Long> itemIds = order.items().stream().map(i -> i.id().value()).toList();
        Map<Long, List<String>> saved = dsl.select(VOUCHERS.ORDER_ITEM_ID, VOUCHERS.CODE).from(VOUCHERS)
                .where(VOUCHERS.ORDER_ITEM_ID.in(itemIds)).orderBy(VOUCHERS.ORDER_ITEM_ID, VOUCHERS.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        for (OrderItem item : order.items()) {
            dsl.update(VOUCHER_ORDER_ITEMS)
                    .set(VOUCHER_ORDER_ITEMS.FULFILLED, item.fulfilled())
                    .set(VOUCHER_ORDER_ITEMS.FULFILLED_AT, item.fulfilledAt())
                    .set(VOUCHER_ORDER_ITEMS.FULFILLMENT_STATUS, item.status().wire())
                    .set(VOUCHER_ORDER_ITEMS.CLAIMED_UNTIL, item.claimedUntil())
                    .where(VOUCHER_ORDER_ITEMS.ID.eq(item.id().value())).execute();
            List<String> codes = item.vouchers().stream().map(v -> v.code().code()).toList();
            if (codes.equals(saved.getOrDefault(item.id().value(), List.of()))) continue;
            dsl.deleteFrom(VOUCHERS).where(VOUCHERS.ORDER_ITEM_ID.eq(item.id().value())).execute();
            if (codes.isEmpty()) continue;
            var insert = dsl.insertInto(VOUCHERS, VOUCHERS.ORDER_ITEM_ID, VOUCHERS.POSITION, VOUCHERS.PARTNER_ID, VOUCHERS.CODE,
                    VOUCHERS.PIN, VOUCHERS.REDEMPTION_URL, VOUCHERS.EXPIRES_AT, VOUCHERS.METADATA, VOUCHERS.CREATED_AT);
            List<Voucher> vouchers = item.vouchers();
            for (int i = 0; i < vouchers.size(); i++) {
                Voucher v = vouchers.get(i);
                VoucherCode c = v.code();
                insert = insert.values(item.id().value(), i, v.partnerId() == null ? null : v.partnerId().value(), c.code(), c.pin(),
                        c.redemptionUrl(), c.expiresAt(), c.metadata().isEmpty() ? null : JsonText.write(c.metadata()), now);
            }
            var statement = insert;
            if (JooqSavepoints.uniqueViolation(transactions, statement::execute).isPresent())
                throw new Conflict("a code in the request is already assigned to another order item", "CODE_ALREADY_ASSIGNED");
        }
    }

    @Override
    public boolean recordPayment(VoucherPayment p) {
        return transactions.dsl().insertInto(VOUCHER_PAYMENTS)
                .set(VOUCHER_PAYMENTS.ORDER_ID, p.orderId().value())
                .set(VOUCHER_PAYMENTS.EVENT_ID, p.eventId())
                .set(VOUCHER_PAYMENTS.PAYMENT_ID, p.paymentId())
                .set(VOUCHER_PAYMENTS.AMOUNT_MINOR, p.amountMinor())
                .set(VOUCHER_PAYMENTS.STATUS, p.status().wire())
                .set(VOUCHER_PAYMENTS.CREATED_AT, p.createdAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<VoucherPayment> payments(VoucherOrderId orderId) {
        return payments(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    @Override
    public Map<VoucherOrderId, List<VoucherPayment>> payments(Collection<VoucherOrderId> orderIds) {
        if (orderIds.isEmpty()) return Map.of();
        return transactions.dsl().selectFrom(VOUCHER_PAYMENTS)
                .where(VOUCHER_PAYMENTS.ORDER_ID.in(orderIds.stream().map(VoucherOrderId::value).toList()))
                .orderBy(VOUCHER_PAYMENTS.ID).fetch().stream()
                .collect(Collectors.groupingBy(r -> new VoucherOrderId(r.getOrderId()), LinkedHashMap::new,
                        Collectors.mapping(JooqVoucherOrders::toPayment, Collectors.toList())));
    }

    private static VoucherPayment toPayment(VoucherPaymentsRecord r) {
        return new VoucherPayment(new VoucherOrderId(r.getOrderId()), r.getEventId(), r.getPaymentId(), r.getAmountMinor(),
                PaymentStatus.parse("status", r.getStatus()), r.getCreatedAt());
    }

    @Override
    public boolean hasSucceededPayment(VoucherOrderId orderId) {
        return transactions.dsl().fetchExists(VOUCHER_PAYMENTS, VOUCHER_PAYMENTS.ORDER_ID.eq(orderId.value())
                .and(VOUCHER_PAYMENTS.STATUS.eq(PaymentStatus.SUCCEEDED.wire())));
    }

    @Override
    public List<OrderItemId> itemsHoldingCodes(Collection<String> codes, OrderItemId except) {
        if (codes.isEmpty()) return List.of();
        return new ArrayList<>(transactions.dsl().selectDistinct(VOUCHERS.ORDER_ITEM_ID).from(VOUCHERS)
                .where(VOUCHERS.CODE.in(codes).and(VOUCHERS.ORDER_ITEM_ID.ne(except.value())))
                .fetch(r -> new OrderItemId(r.value1())));
    }
}
