package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.OrderItemsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.OrdersRecord;
import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.Orders;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.AwrsNumber;
import com.brewski.domain.orders.Discount;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.LineAmounts;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.LineKind;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.Shipping;
import com.brewski.domain.orders.ShippingMode;
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.shared.Page;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDER_ITEMS;
import static com.brewski.adapters.persistence.jooq.Tables.TEAM_ORDER_COUNTERS;
import static org.jooq.impl.DSL.all;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

/**
 * Orders in the {@code orders} table and their lines in {@code order_items}; the per-team number
 * sequence in {@code team_order_counters}. The read models ({@link #view}, {@link #list},
 * {@link #counts}) are answered by {@link JooqOrderViews}.
 */
final class JooqOrderStore implements Orders {
    /** The dispatch states in which a group claim may still be transferred or released. */
    private static final List<String> MUTABLE_DISPATCH = java.util.Arrays.stream(DispatchStatus.values())
            .filter(DispatchStatus::isMutable).map(DispatchStatus::wire).toList();

    /** Lines per multi-row statement, well under PostgreSQL's 32767 bind parameters. */
    private static final int LINES_PER_STATEMENT = 500;

    /** The columns of a line that can change after it is created. */
    private static final List<Field<?>> MUTABLE_LINE_FIELDS = List.of(
            ORDER_ITEMS.DESCRIPTION, ORDER_ITEMS.UNIT, ORDER_ITEMS.QUANTITY, ORDER_ITEMS.UNIT_PRICE_MINOR,
            ORDER_ITEMS.TAX_RATE, ORDER_ITEMS.DISCOUNT_TYPE, ORDER_ITEMS.DISCOUNT_VALUE, ORDER_ITEMS.GROSS_MINOR,
            ORDER_ITEMS.DISCOUNT_MINOR, ORDER_ITEMS.NET_MINOR, ORDER_ITEMS.TAX_MINOR, ORDER_ITEMS.LINE_TOTAL_MINOR,
            ORDER_ITEMS.UPDATED_AT);

    private final JooqTransactions transactions;
    private final JooqOrderViews views;

    JooqOrderStore(JooqTransactions transactions) {
        this.transactions = transactions;
        this.views = new JooqOrderViews(transactions);
    }

    /**
     * Increments the team's counter, creating it at 1: the row lock it takes makes concurrent
     * creators queue until this transaction ends, and a rollback gives the number back.
     */
    @Override
    public long nextSequence(TeamId teamId) {
        return transactions.dsl().insertInto(TEAM_ORDER_COUNTERS, TEAM_ORDER_COUNTERS.TEAM_ID, TEAM_ORDER_COUNTERS.LAST_NUMBER)
                .values(teamId.value(), 1L)
                .onConflict(TEAM_ORDER_COUNTERS.TEAM_ID).doUpdate()
                .set(TEAM_ORDER_COUNTERS.LAST_NUMBER, TEAM_ORDER_COUNTERS.LAST_NUMBER.plus(1L))
                .returningResult(TEAM_ORDER_COUNTERS.LAST_NUMBER)
                .fetchSingle()
                .value1();
    }

    /** {@code ON CONFLICT (team_id, number) DO NOTHING}: a taken number raises no error, so the transaction stays usable. */
    @Override
    public boolean insert(Order order) {
        DSLContext dsl = transactions.dsl();
        OrdersRecord row = dsl.newRecord(ORDERS);
        row.setId(order.id());
        row.setTeamId(order.teamId().value());
        row.setClientId(order.clientId());
        row.setNumber(order.number());
        row.setCurrencySymbol(order.currencySymbol());
        row.setCreatedAt(order.createdAt());
        write(order, row);
        int inserted = dsl.insertInto(ORDERS).set(row)
                .onConflict(ORDERS.TEAM_ID, ORDERS.NUMBER).doNothing()
                .execute();
        if (inserted == 0) return false;
        upsertLines(dsl, order.lines());
        return true;
    }

    @Override
    public Optional<Order> byIdForUpdate(UUID id) {
        DSLContext dsl = transactions.dsl();
        // FOR NO KEY UPDATE: writers of the order queue, but rows that merely reference it (a container
        // return, a payment) can still be inserted; FOR UPDATE would block their foreign-key checks and
        // deadlock against a transaction that holds the client's ledger and inserts a row for this order.
        Optional<OrdersRecord> row = dsl.selectFrom(ORDERS).where(ORDERS.ID.eq(id)).forNoKeyUpdate().fetchOptional();
        if (row.isEmpty()) return Optional.empty();
        List<LineItem> lines = dsl.selectFrom(ORDER_ITEMS)
                .where(ORDER_ITEMS.ORDER_ID.eq(id))
                .orderBy(ORDER_ITEMS.CREATED_AT, ORDER_ITEMS.ID)
                .fetch(JooqOrderStore::toLine);
        return Optional.of(toOrder(row.get(), lines));
    }

    /**
     * Three statements whatever the number of lines: the order row, one delete of the lines no longer
     * on the order, one multi-row upsert of the others that skips rows already as stored.
     */
    @Override
    public void update(Order order) {
        DSLContext dsl = transactions.dsl();
        OrdersRecord row = dsl.newRecord(ORDERS);
        write(order, row);
        int updated = dsl.update(ORDERS).set(row).where(ORDERS.ID.eq(order.id())).execute();
        if (updated == 0) throw new IllegalStateException("order " + order.id() + " is not stored");
        List<LineItem> lines = order.lines();
        UUID[] kept = lines.stream().map(LineItem::id).toArray(UUID[]::new);
        dsl.deleteFrom(ORDER_ITEMS)
                .where(ORDER_ITEMS.ORDER_ID.eq(order.id()))
                .and(ORDER_ITEMS.ID.ne(all(kept)))
                .execute();
        upsertLines(dsl, lines);
    }

    /**
     * One conditional UPDATE: the row lock queues racers, and each re-checks the claim it expected (and,
     * for a transfer or release, that dispatch has not started since it read the order).
     */
    @Override
    public boolean compareAndSetClaim(UUID orderId, GroupLink expected, GroupLink replacement, boolean beforeDispatch,
                                      java.time.Instant now) {
        UUID expectedTeam = expected.claimTeamId() == null ? null : expected.claimTeamId().value();
        UUID newTeam = replacement.claimTeamId() == null ? null : replacement.claimTeamId().value();
        return transactions.dsl().update(ORDERS)
                .set(ORDERS.GROUP_CLAIM_TEAM_ID, newTeam)
                .set(ORDERS.GROUP_CLAIM_STATUS, replacement.claimStatus().wire())
                .set(ORDERS.GROUP_CLAIM_PREVIOUS_TEAM_ID, expectedTeam)
                .set(ORDERS.UPDATED_AT, now)
                .where(ORDERS.ID.eq(orderId))
                .and(ORDERS.GROUP_ID.eq(expected.groupId()))
                .and(ORDERS.GROUP_CLAIM_TEAM_ID.isNotDistinctFrom(expectedTeam))
                .and(ORDERS.GROUP_CLAIM_STATUS.isNotDistinctFrom(expected.claimStatus().wire()))
                .and(beforeDispatch ? ORDERS.DISPATCH_STATUS.in(MUTABLE_DISPATCH) : noCondition())
                .execute() == 1;
    }

    @Override
    public Optional<TeamId> previousClaimTeam(UUID orderId) {
        return transactions.dsl().select(ORDERS.GROUP_CLAIM_PREVIOUS_TEAM_ID).from(ORDERS).where(ORDERS.ID.eq(orderId))
                .fetchOptional(ORDERS.GROUP_CLAIM_PREVIOUS_TEAM_ID).map(TeamId::new);
    }

    @Override
    public Optional<OrderView> view(UUID id, LocalDate today) {
        return views.view(id, today);
    }

    @Override
    public Page<OrderView.Header> list(OrderQuery query) {
        return views.list(query);
    }

    @Override
    public com.brewski.application.identity.TeamRead<Page<OrderView.Header>> listForMember(com.brewski.domain.identity.UserId reader, OrderQuery query) {
        return views.listForMember(reader, query);
    }

    @Override
    public Optional<Readable<OrderView>> viewFor(com.brewski.domain.identity.UserId reader, UUID id, LocalDate today) {
        return views.viewFor(reader, id, today);
    }

    @Override
    public OrderCounts counts(TeamId teamId, LocalDate today) {
        return views.counts(teamId, today);
    }

    /** Inserts new lines and updates changed ones; a line's order, kind and references never change. */
    private static void upsertLines(DSLContext dsl, List<LineItem> lines) {
        Map<Field<?>, Field<?>> fromExcluded = new LinkedHashMap<>();
        List<Field<?>> excludedValues = new ArrayList<>();
        for (Field<?> field : MUTABLE_LINE_FIELDS) {
            fromExcluded.put(field, excluded(field));
            excludedValues.add(excluded(field));
        }
        for (int from = 0; from < lines.size(); from += LINES_PER_STATEMENT) {
            List<OrderItemsRecord> rows = lines.subList(from, Math.min(lines.size(), from + LINES_PER_STATEMENT))
                    .stream().map(line -> toRow(dsl, line)).toList();
            dsl.insertInto(ORDER_ITEMS, ORDER_ITEMS.fields())
                    .valuesOfRecords(rows)
                    .onConflict(ORDER_ITEMS.ID).doUpdate()
                    .set(fromExcluded)
                    .where(row(MUTABLE_LINE_FIELDS).isDistinctFrom(row(excludedValues)))
                    .execute();
        }
    }

    /** Copies every column but id, team_id, client_id, number, currency_symbol and created_at, which never change. */
    static void write(Order order, OrdersRecord row) {
        row.setStatus(order.status().wire());
        row.setDispatchStatus(order.dispatchStatus().wire());
        row.setIssueDate(order.issueDate());
        row.setDueDate(order.dueDate());
        row.setNotes(order.notes());
        row.setDutySuspense(order.dutySuspense());
        row.setAwrsNumber(order.awrsNumber() == null ? null : order.awrsNumber().value());
        Shipping shipping = order.shipping();
        row.setShippingMode(shipping.mode().wire());
        row.setShippingRuleId(shipping.ruleId());
        row.setShippingRuleName(shipping.ruleName());
        row.setShippingAmountMinor(shipping.amountMinor());
        row.setShippingNotes(shipping.notes());
        row.setSubtotalMinor(order.subtotalMinor());
        row.setTaxTotalMinor(order.taxTotalMinor());
        row.setTotalMinor(order.totalMinor());
        GroupLink link = order.groupLink().orElse(null);
        row.setGroupId(link == null ? null : link.groupId());
        row.setGroupClaimStatus(link == null ? null : link.claimStatus().wire());
        row.setGroupClaimTeamId(link == null || link.claimTeamId() == null ? null : link.claimTeamId().value());
        row.setGroupEarliestDeliveryAt(link == null ? null : link.earliestDeliveryAt());
        row.setGroupLatestDeliveryAt(link == null ? null : link.latestDeliveryAt());
        row.setUpdatedAt(order.updatedAt());
    }

    static OrderItemsRecord toRow(DSLContext dsl, LineItem line) {
        OrderItemsRecord row = dsl.newRecord(ORDER_ITEMS);
        row.setId(line.id());
        row.setOrderId(line.orderId());
        row.setKind(line.kind().wire());
        row.setBeerId(line.beerId());
        row.setMultipackId(line.multipackId());
        row.setContainerId(line.containerId());
        row.setPackSize(line.packSize());
        row.setDescription(line.description());
        row.setUnit(line.unit());
        row.setQuantity(line.quantity().value());
        row.setUnitPriceMinor(line.unitPriceMinor());
        row.setTaxRate(line.taxRate().percent());
        Discount discount = line.discount();
        row.setDiscountType(discount == null ? null : discount.type());
        row.setDiscountValue(discount == null ? null : discount.value());
        LineAmounts amounts = line.amounts();
        row.setGrossMinor(amounts.grossMinor());
        row.setDiscountMinor(amounts.discountMinor());
        row.setNetMinor(amounts.netMinor());
        row.setTaxMinor(amounts.taxMinor());
        row.setLineTotalMinor(amounts.totalMinor());
        row.setCreatedAt(line.createdAt());
        row.setUpdatedAt(line.updatedAt());
        return row;
    }

    static Order toOrder(OrdersRecord row, List<LineItem> lines) {
        GroupLink link = row.getGroupId() == null ? null : new GroupLink(row.getGroupId(),
                row.getGroupClaimTeamId() == null ? null : new TeamId(row.getGroupClaimTeamId()),
                row.getGroupClaimStatus() == null ? null : GroupClaimStatus.parse("groupClaimStatus", row.getGroupClaimStatus()),
                row.getGroupEarliestDeliveryAt(), row.getGroupLatestDeliveryAt());
        return Order.restore(row.getId(), new TeamId(row.getTeamId()), row.getClientId(), row.getNumber(),
                row.getCurrencySymbol(), OrderStatus.parse("status", row.getStatus()),
                DispatchStatus.parse("dispatchStatus", row.getDispatchStatus()), row.getIssueDate(), row.getDueDate(),
                row.getNotes(), row.getDutySuspense(),
                row.getAwrsNumber() == null ? null : new AwrsNumber(row.getAwrsNumber()),
                link, toShipping(row), lines, row.getCreatedAt(), row.getUpdatedAt());
    }

    static Shipping toShipping(OrdersRecord row) {
        return new Shipping(ShippingMode.parse("shippingMode", row.getShippingMode()), row.getShippingRuleId(),
                row.getShippingRuleName(), row.getShippingAmountMinor(), row.getShippingNotes());
    }

    static LineItem toLine(OrderItemsRecord row) {
        return LineItem.restore(row.getId(), row.getOrderId(), LineKind.parse("kind", row.getKind()),
                row.getBeerId(), row.getMultipackId(), row.getContainerId(), row.getPackSize(),
                row.getDescription(), row.getUnit(), new Quantity(row.getQuantity()), row.getUnitPriceMinor(),
                new TaxRate(row.getTaxRate()), Discount.of(row.getDiscountType(), row.getDiscountValue()),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
