package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.Teams;
import com.brewski.adapters.persistence.jooq.tables.records.OrdersRecord;
import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.OrderView.GroupSummary;
import com.brewski.application.orders.OrderView.PaymentTotals;
import com.brewski.application.orders.Orders.OrderCounts;
import com.brewski.application.shared.Sort;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.OrderFlags;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static com.brewski.adapters.persistence.jooq.Tables.BEERS;
import static com.brewski.adapters.persistence.jooq.Tables.BREWERY_GROUPS;
import static com.brewski.adapters.persistence.jooq.Tables.CLIENTS;
import static com.brewski.adapters.persistence.jooq.Tables.CONTAINERS;
import static com.brewski.adapters.persistence.jooq.Tables.DEPOSIT_TRANSACTIONS;
import static com.brewski.adapters.persistence.jooq.Tables.PAYMENTS;
import static com.brewski.adapters.persistence.jooq.Tables.MULTIPACKS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDER_ITEMS;
import static com.brewski.adapters.persistence.jooq.Tables.TEAMS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;

/**
 * The orders read models: one order with its lines (two queries), a page of order headers (one data
 * query and one count, whatever the page size) and the counts by state (one aggregate). The payment
 * sums, the remaining balance and the flags are SQL expressions built in one place, so a filter, a
 * flag and a count can never disagree.
 */
final class JooqOrderViews {
    private static final Teams CLAIM_TEAM = TEAMS.as("claim_team");

    private static final Field<String> CLIENT_NAME = CLIENTS.NAME.as("client_name");
    private static final Field<String> CLIENT_AWRS_NUMBER = CLIENTS.AWRS_NUMBER.as("client_awrs_number");
    private static final Field<String> GROUP_SLUG = BREWERY_GROUPS.SLUG.as("group_slug");
    private static final Field<String> GROUP_NAME = BREWERY_GROUPS.NAME.as("group_name");
    private static final Field<String> GROUP_STATUS = BREWERY_GROUPS.STATUS.as("group_status");
    private static final Field<Boolean> GROUP_SHOP_VISIBLE = BREWERY_GROUPS.SHOP_VISIBLE.as("group_shop_visible");
    private static final Field<String> GROUP_REGION_LABEL = BREWERY_GROUPS.REGION_LABEL.as("group_region_label");
    private static final Field<String> CLAIM_TEAM_NAME = CLAIM_TEAM.NAME.as("claim_team_name");

    private static final Field<String> BEER_NAME = BEERS.NAME.as("beer_name");
    private static final Field<String> MULTIPACK_NAME = MULTIPACKS.NAME.as("multipack_name");
    private static final Field<String> CONTAINER_NAME = CONTAINERS.NAME.as("container_name");
    private static final Field<String> CONTAINER_TYPE = CONTAINERS.CONTAINER_TYPE.as("container_type");

    /** The running deposit ledger of the order's team and client: one lateral aggregate per order. */
    private static final Table<?> DEPOSIT_SUMS = lateral(select(
            coalesce(sum(DEPOSIT_TRANSACTIONS.AMOUNT_MINOR), inline(BigDecimal.ZERO)).cast(SQLDataType.BIGINT).as("deposit_sum"))
            .from(DEPOSIT_TRANSACTIONS)
            .where(DEPOSIT_TRANSACTIONS.TEAM_ID.eq(ORDERS.TEAM_ID))
            .and(DEPOSIT_TRANSACTIONS.CLIENT_ID.eq(ORDERS.CLIENT_ID))).as("deposit_sums");
    private static final Field<Long> DEPOSIT_BALANCE = DEPOSIT_SUMS.field("deposit_sum", Long.class);
    private static final PaymentSums SUMS = paymentSums();
    private static final Field<Long> PAYMENTS_MINOR = SUMS.paymentsMinor().as("payments_minor");
    private static final Field<Long> REFUNDS_MINOR = SUMS.refundsMinor().as("refunds_minor");

    private static final Field<Boolean> FLAG_DUE = field(name("flag_due"), Boolean.class);
    private static final Field<Boolean> FLAG_PAID = field(name("flag_paid"), Boolean.class);
    private static final Field<Boolean> FLAG_PARTIAL = field(name("flag_partial"), Boolean.class);
    private static final Field<Boolean> FLAG_REFUNDED = field(name("flag_refunded"), Boolean.class);

    /** The order columns of a header (a list row); a full view adds notes and shipping. */
    private static final List<Field<?>> HEADER_ORDER_FIELDS = List.of(
            ORDERS.ID, ORDERS.TEAM_ID, ORDERS.CLIENT_ID, ORDERS.NUMBER, ORDERS.STATUS, ORDERS.DISPATCH_STATUS,
            ORDERS.ISSUE_DATE, ORDERS.DUE_DATE, ORDERS.SUBTOTAL_MINOR, ORDERS.TAX_TOTAL_MINOR, ORDERS.TOTAL_MINOR,
            ORDERS.CURRENCY_SYMBOL, ORDERS.DUTY_SUSPENSE, ORDERS.AWRS_NUMBER, ORDERS.GROUP_ID, ORDERS.GROUP_CLAIM_STATUS,
            ORDERS.GROUP_CLAIM_TEAM_ID, ORDERS.GROUP_EARLIEST_DELIVERY_AT, ORDERS.GROUP_LATEST_DELIVERY_AT,
            ORDERS.CREATED_AT, ORDERS.UPDATED_AT);

    private static final List<Field<?>> HEADER_JOINED_FIELDS = List.of(
            CLIENT_NAME, CLIENT_AWRS_NUMBER, GROUP_SLUG, GROUP_NAME, GROUP_STATUS, GROUP_SHOP_VISIBLE,
            GROUP_REGION_LABEL, CLAIM_TEAM_NAME, PAYMENTS_MINOR, REFUNDS_MINOR, DEPOSIT_BALANCE);

    private static final List<Field<?>> VIEW_ONLY_FIELDS = List.of(
            ORDERS.NOTES, ORDERS.SHIPPING_MODE, ORDERS.SHIPPING_RULE_ID, ORDERS.SHIPPING_RULE_NAME,
            ORDERS.SHIPPING_AMOUNT_MINOR, ORDERS.SHIPPING_NOTES);

    private final JooqTransactions transactions;
    private final JooqPayments paymentStore;
    private final JooqDeposits depositStore;

    JooqOrderViews(JooqTransactions transactions) {
        this.transactions = transactions;
        this.paymentStore = new JooqPayments(transactions);
        this.depositStore = new JooqDeposits(transactions);
    }

    /**
     * Where an order's payment sums come from: a lateral aggregate of its payments joined to each
     * order. Every query (view, list rows, list count, counts) selects from {@link PaymentSums#source()}
     * so that filters, flags and counts share one definition of "remaining".
     */
    private static PaymentSums paymentSums() {
        Field<Long> payments = coalesce(sum(PAYMENTS.AMOUNT_MINOR).filterWhere(PAYMENTS.KIND.eq("payment")), inline(BigDecimal.ZERO))
                .cast(SQLDataType.BIGINT).as("payments_sum");
        Field<Long> refunds = coalesce(sum(PAYMENTS.AMOUNT_MINOR).filterWhere(PAYMENTS.KIND.eq("refund")), inline(BigDecimal.ZERO))
                .cast(SQLDataType.BIGINT).as("refunds_sum");
        Table<?> sums = lateral(select(payments, refunds).from(PAYMENTS).where(PAYMENTS.ORDER_ID.eq(ORDERS.ID))).as("payment_sums");
        return new PaymentSums(ORDERS.leftJoin(sums).on(trueCondition()),
                sums.field("payments_sum", Long.class), sums.field("refunds_sum", Long.class));
    }


    /** The orders joined to whatever yields their payment sums, and those sums. */
    private record PaymentSums(Table<?> source, Field<Long> paymentsMinor, Field<Long> refundsMinor) {
        Field<Long> netPaidMinor() {
            return paymentsMinor.minus(refundsMinor);
        }

        /** remaining = total − (payments − refunds). */
        Field<Long> remainingMinor() {
            return ORDERS.TOTAL_MINOR.minus(netPaidMinor());
        }

        /** Confirmed, due before {@code today} and something remaining (as {@link OrderFlags#of}). */
        Condition due(LocalDate today) {
            return ORDERS.STATUS.eq(OrderStatus.CONFIRMED.wire())
                    .and(ORDERS.DUE_DATE.isNotNull())
                    .and(ORDERS.DUE_DATE.lt(today))
                    .and(remainingMinor().gt(0L));
        }

        /** Nothing remaining, whatever the status. */
        Condition paid() {
            return remainingMinor().le(0L);
        }

        Condition partial() {
            return netPaidMinor().gt(0L).and(remainingMinor().gt(0L));
        }

        Condition refunded() {
            return refundsMinor.gt(paymentsMinor);
        }
    }

    Optional<OrderView> view(UUID id, LocalDate today) {
        DSLContext dsl = transactions.dsl();
        Optional<Record> found = dsl.select(concat(HEADER_ORDER_FIELDS, HEADER_JOINED_FIELDS, VIEW_ONLY_FIELDS))
                .from(joinedHeaderSources())
                .where(ORDERS.ID.eq(id))
                .fetchOptional();
        if (found.isEmpty()) return Optional.empty();
        Record row = found.get();
        PaymentTotals payments = paymentTotals(row);
        OrderStatus status = OrderStatus.parse("status", row.get(ORDERS.STATUS));
        OrderFlags flags = OrderFlags.of(status, row.get(ORDERS.DUE_DATE), today, row.get(ORDERS.TOTAL_MINOR),
                payments.totalPaymentsMinor(), payments.totalRefundsMinor());
        OrderView.Header header = toHeader(row, payments, flags);
        List<OrderView.LineView> items = dsl.select(ORDER_ITEMS.fields())
                .select(BEER_NAME, MULTIPACK_NAME, CONTAINER_NAME, CONTAINER_TYPE)
                .from(ORDER_ITEMS)
                .leftJoin(BEERS).on(BEERS.ID.eq(ORDER_ITEMS.BEER_ID))
                .leftJoin(MULTIPACKS).on(MULTIPACKS.ID.eq(ORDER_ITEMS.MULTIPACK_ID))
                .leftJoin(CONTAINERS).on(CONTAINERS.ID.eq(ORDER_ITEMS.CONTAINER_ID))
                .where(ORDER_ITEMS.ORDER_ID.eq(id))
                .orderBy(ORDER_ITEMS.CREATED_AT, ORDER_ITEMS.ID)
                .fetch(line -> new OrderView.LineView(JooqOrderStore.toLine(line.into(ORDER_ITEMS)),
                        line.get(BEER_NAME), line.get(MULTIPACK_NAME), line.get(CONTAINER_NAME), line.get(CONTAINER_TYPE)));
        OrdersRecord orderRow = row.into(ORDERS);
        return Optional.of(new OrderView(header, JooqOrderStore.toShipping(orderRow), orderRow.getNotes(), items,
                paymentStore.ofOrder(id), depositStore.ofOrder(id)));
    }

    Page<OrderView.Header> list(OrderQuery query) {
        DSLContext dsl = transactions.dsl();
        PageRequest page = query.page() == null ? PageRequest.DEFAULT : query.page();
        List<OrderView.Header> results = listQuery(query).fetch(row -> toHeader(row, paymentTotals(row),
                new OrderFlags(row.get(FLAG_DUE), row.get(FLAG_PAID), row.get(FLAG_PARTIAL), row.get(FLAG_REFUNDED))));
        long total = dsl.selectCount()
                .from(SUMS.source())
                .leftJoin(CLIENTS).on(CLIENTS.ID.eq(ORDERS.CLIENT_ID))
                .where(conditions(query))
                .fetchSingle()
                .value1();
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    /** The data query of {@link #list}: one page of headers with their flags. Package-private for plan checks. */
    Select<Record> listQuery(OrderQuery query) {
        LocalDate today = Objects.requireNonNull(query.today(), "today");
        PageRequest page = query.page() == null ? PageRequest.DEFAULT : query.page();
        List<Field<?>> flags = List.of(
                field(SUMS.due(today)).as(FLAG_DUE.getName()),
                field(SUMS.paid()).as(FLAG_PAID.getName()),
                field(SUMS.partial()).as(FLAG_PARTIAL.getName()),
                field(SUMS.refunded()).as(FLAG_REFUNDED.getName()));
        return transactions.dsl()
                .select(concat(HEADER_ORDER_FIELDS, HEADER_JOINED_FIELDS, flags))
                .from(joinedHeaderSources())
                .where(conditions(query))
                .orderBy(order(query.sort()))
                .limit(page.pageSize())
                .offset(page.offset());
    }

    OrderCounts counts(TeamId teamId, LocalDate today) {
        var row = transactions.dsl()
                .select(count(),
                        count().filterWhere(SUMS.due(today)),
                        count().filterWhere(ORDERS.STATUS.eq(OrderStatus.DRAFT.wire())),
                        count().filterWhere(ORDERS.STATUS.eq(OrderStatus.CONFIRMED.wire())),
                        count().filterWhere(ORDERS.STATUS.eq(OrderStatus.CANCELLED.wire())),
                        count().filterWhere(SUMS.paid()))
                .from(SUMS.source())
                .where(ORDERS.TEAM_ID.eq(teamId.value()))
                .fetchSingle();
        return new OrderCounts(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6());
    }

    /** Orders with their payment sums, client, group and claim team (each at most one row per order). */
    private static Table<?> joinedHeaderSources() {
        return SUMS.source()
                .leftJoin(CLIENTS).on(CLIENTS.ID.eq(ORDERS.CLIENT_ID))
                .leftJoin(BREWERY_GROUPS).on(BREWERY_GROUPS.ID.eq(ORDERS.GROUP_ID))
                .leftJoin(CLAIM_TEAM).on(CLAIM_TEAM.ID.eq(ORDERS.GROUP_CLAIM_TEAM_ID))
                .leftJoin(DEPOSIT_SUMS).on(trueCondition());
    }

    /** The filters of a list; they need only the orders, their payment sums and the client. */
    private static List<Condition> conditions(OrderQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.teamId() != null) conditions.add(ORDERS.TEAM_ID.eq(query.teamId().value()));
        if (query.groupId() != null) conditions.add(ORDERS.GROUP_ID.eq(query.groupId()));
        if (query.status() != null) conditions.add(ORDERS.STATUS.eq(query.status().wire()));
        if (query.dispatchStatus() != null) conditions.add(ORDERS.DISPATCH_STATUS.eq(query.dispatchStatus().wire()));
        if (query.groupClaimStatus() != null) conditions.add(ORDERS.GROUP_CLAIM_STATUS.eq(query.groupClaimStatus().wire()));
        if (query.search() != null && !query.search().isBlank()) {
            String term = query.search().strip();
            conditions.add(ORDERS.NUMBER.containsIgnoreCase(term).or(CLIENTS.NAME.containsIgnoreCase(term)));
        }
        if (query.state() != null) conditions.add(switch (query.state()) {
            case DRAFT -> ORDERS.STATUS.eq(OrderStatus.DRAFT.wire());
            case CONFIRMED -> ORDERS.STATUS.eq(OrderStatus.CONFIRMED.wire());
            case CANCELLED -> ORDERS.STATUS.eq(OrderStatus.CANCELLED.wire());
            case DUE -> SUMS.due(Objects.requireNonNull(query.today(), "today"));
            case PAID -> SUMS.paid();
        });
        if (conditions.isEmpty()) conditions.add(noCondition());
        return conditions;
    }

    /** The sort key with NULLS LAST in both directions, then the id in the same direction for a stable order. */
    private static List<SortField<?>> order(Sort sort) {
        String key = sort == null ? "issueDate" : sort.key();
        boolean ascending = sort != null && sort.direction() == Sort.Direction.ASC;
        Field<?> field = switch (key) {
            case "issueDate" -> ORDERS.ISSUE_DATE;
            case "dueDate" -> ORDERS.DUE_DATE;
            case "createdAt" -> ORDERS.CREATED_AT;
            default -> throw new IllegalArgumentException("orders cannot be sorted by " + key);
        };
        return ascending
                ? List.of(field.asc().nullsLast(), ORDERS.ID.asc())
                : List.of(field.desc().nullsLast(), ORDERS.ID.desc());
    }

    private static PaymentTotals paymentTotals(Record row) {
        return new PaymentTotals(row.get(PAYMENTS_MINOR), row.get(REFUNDS_MINOR));
    }

    private static OrderView.Header toHeader(Record row, PaymentTotals payments, OrderFlags flags) {
        UUID groupId = row.get(ORDERS.GROUP_ID);
        GroupSummary group = groupId == null ? null : new GroupSummary(groupId, row.get(GROUP_SLUG), row.get(GROUP_NAME),
                row.get(GROUP_STATUS), row.get(GROUP_SHOP_VISIBLE), row.get(GROUP_REGION_LABEL));
        String claimStatus = row.get(ORDERS.GROUP_CLAIM_STATUS);
        UUID claimTeam = row.get(ORDERS.GROUP_CLAIM_TEAM_ID);
        return new OrderView.Header(
                row.get(ORDERS.ID),
                new TeamId(row.get(ORDERS.TEAM_ID)),
                row.get(ORDERS.NUMBER),
                OrderStatus.parse("status", row.get(ORDERS.STATUS)),
                DispatchStatus.parse("dispatchStatus", row.get(ORDERS.DISPATCH_STATUS)),
                row.get(ORDERS.ISSUE_DATE),
                row.get(ORDERS.DUE_DATE),
                row.get(ORDERS.SUBTOTAL_MINOR),
                row.get(ORDERS.TAX_TOTAL_MINOR),
                row.get(ORDERS.TOTAL_MINOR),
                row.get(ORDERS.CURRENCY_SYMBOL),
                row.get(ORDERS.DUTY_SUSPENSE),
                row.get(ORDERS.AWRS_NUMBER),
                row.get(CLIENT_AWRS_NUMBER),
                row.get(ORDERS.CREATED_AT),
                row.get(ORDERS.UPDATED_AT),
                row.get(ORDERS.CLIENT_ID),
                row.get(CLIENT_NAME),
                group,
                claimStatus == null ? null : GroupClaimStatus.parse("groupClaimStatus", claimStatus),
                claimTeam == null ? null : new TeamId(claimTeam),
                row.get(CLAIM_TEAM_NAME),
                row.get(ORDERS.GROUP_EARLIEST_DELIVERY_AT),
                row.get(ORDERS.GROUP_LATEST_DELIVERY_AT),
                payments,
                row.get(DEPOSIT_BALANCE),
                flags);
    }

    @SafeVarargs
    private static List<SelectField<?>> concat(List<? extends Field<?>>... parts) {
        return Stream.of(parts).<SelectField<?>>flatMap(List::stream).toList();
    }
}
