package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.Teams;
import com.brewski.adapters.persistence.jooq.tables.records.DepositTransactionsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.OrdersRecord;
import com.brewski.adapters.persistence.jooq.tables.records.PaymentsRecord;
import com.brewski.application.identity.TeamRead;
import com.brewski.application.orders.Orders.Readable;
import com.brewski.domain.identity.UserId;
import com.brewski.application.orders.OrderQuery;
import com.brewski.application.orders.OrderState;
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
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
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
import static com.brewski.adapters.persistence.jooq.Tables.GROUP_MEMBERS;
import static com.brewski.adapters.persistence.jooq.Tables.MEMBERSHIPS;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.selectOne;
import static com.brewski.adapters.persistence.jooq.Tables.TEAM_OPEN_DUE_TALLIES;
import static com.brewski.adapters.persistence.jooq.Tables.TEAM_ORDER_TALLIES;
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
 * statement with its total, whatever the page size or the team's size) and the counts by state (from
 * the team's tallies). The payment sums, the remaining balance and the flags are columns of the order
 * row (generated from one SQL definition, migration V71), so a filter, a flag and a count can never
 * disagree.
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

    private static final Field<Long> TOTAL = field(name("list_total"), Long.class);
    private static final Field<Boolean> TEAM_EXISTS = field(name("team_exists"), Boolean.class);
    private static final Field<Boolean> IS_MEMBER = field(name("is_member"), Boolean.class);
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

    JooqOrderViews(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The order's payment sums and flags, as stored on its row: the payment statements keep
     * {@code paid_minor} and {@code refunded_minor} in step, and the remaining balance and the flags are
     * generated columns (migration V71), the one SQL definition that filters, flags and counts share.
     */
    private static PaymentSums paymentSums() {
        return new PaymentSums(ORDERS, ORDERS.PAID_MINOR, ORDERS.REFUNDED_MINOR);
    }

    /** Where the orders and their payment sums come from, and those sums. */
    private record PaymentSums(Table<?> source, Field<Long> paymentsMinor, Field<Long> refundsMinor) {
        /** Confirmed, due before {@code today} and something remaining (as {@link OrderFlags#of}). */
        Condition due(LocalDate today) {
            return ORDERS.OPEN_DUE_DATE.lt(today);
        }

        Field<Boolean> dueFlag(LocalDate today) {
            return DSL.coalesce(ORDERS.OPEN_DUE_DATE.lt(today), inline(false));
        }

        /** Nothing remaining, whatever the status. */
        Condition paid() {
            return ORDERS.FLAG_PAID.isTrue();
        }
    }

    Optional<OrderView> view(UUID id, LocalDate today) {
        return viewQuery(id, today, falseCondition(), falseCondition()).map(Readable::value);
    }

    /**
     * Two statements: the order with its payments, its deposit rows and whether {@code reader} may read
     * it (an active member of its team, or of an active member team of its group), then its lines.
     */
    Optional<Readable<OrderView>> viewFor(UserId reader, UUID id, LocalDate today) {
        Condition teamMember = exists(selectOne().from(MEMBERSHIPS)
                .where(MEMBERSHIPS.TEAM_ID.eq(ORDERS.TEAM_ID))
                .and(MEMBERSHIPS.USER_ID.eq(reader.value()))
                .and(MEMBERSHIPS.DEACTIVATED.isFalse()));
        Condition groupMember = ORDERS.GROUP_ID.isNotNull().and(exists(selectOne().from(GROUP_MEMBERS)
                .join(MEMBERSHIPS).on(MEMBERSHIPS.TEAM_ID.eq(GROUP_MEMBERS.TEAM_ID))
                .where(GROUP_MEMBERS.GROUP_ID.eq(ORDERS.GROUP_ID))
                .and(GROUP_MEMBERS.STATUS.eq("active"))
                .and(MEMBERSHIPS.USER_ID.eq(reader.value()))
                .and(MEMBERSHIPS.DEACTIVATED.isFalse())));
        return viewQuery(id, today, teamMember, groupMember);
    }

    private Optional<Readable<OrderView>> viewQuery(UUID id, LocalDate today, Condition teamMember, Condition groupMember) {
        DSLContext dsl = transactions.dsl();
        Field<Boolean> ownTeamField = field(teamMember).as("own_team");
        Field<Boolean> partnerField = field(groupMember).as("group_partner");
        Field<Result<PaymentsRecord>> payments = multiset(selectFrom(PAYMENTS)
                .where(PAYMENTS.ORDER_ID.eq(ORDERS.ID))
                .orderBy(PAYMENTS.PAID_AT, PAYMENTS.CREATED_AT, PAYMENTS.ID)).as("order_payments");
        Field<Result<DepositTransactionsRecord>> deposits = multiset(selectFrom(DEPOSIT_TRANSACTIONS)
                .where(DEPOSIT_TRANSACTIONS.ORDER_ID.eq(ORDERS.ID))
                .orderBy(DEPOSIT_TRANSACTIONS.CREATED_AT, DEPOSIT_TRANSACTIONS.ID)).as("order_deposits");
        Optional<Record> found = dsl.select(concat(HEADER_ORDER_FIELDS, HEADER_JOINED_FIELDS, VIEW_ONLY_FIELDS, flagFields(today),
                        List.of(ownTeamField, partnerField, payments, deposits)))
                .from(joinedHeaderSources())
                .where(ORDERS.ID.eq(id))
                .fetchOptional();
        if (found.isEmpty()) return Optional.empty();
        Record row = found.get();
        OrderView.Header header = toHeader(row, paymentTotals(row), flags(row));
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
        OrderView view = new OrderView(header, JooqOrderStore.toShipping(orderRow), orderRow.getNotes(), items,
                row.get(payments).map(JooqPayments::toPayment), row.get(deposits).map(JooqDeposits::toTransaction));
        boolean ownTeam = Boolean.TRUE.equals(row.get(ownTeamField));
        return Optional.of(new Readable<>(view, ownTeam || Boolean.TRUE.equals(row.get(partnerField)), ownTeam));
    }

    /**
     * A page of a team's orders with the reader's standing in the team, in the one statement of
     * {@link #list}: the page is read only when the reader is an active member of a brewery team.
     */
    TeamRead<Page<OrderView.Header>> listForMember(UserId reader, OrderQuery query) {
        UUID team = Objects.requireNonNull(query.teamId(), "teamId").value();
        Field<Boolean> teamExists = field(exists(selectOne().from(TEAMS).where(TEAMS.ID.eq(team)).and(TEAMS.IS_PLATFORM.isFalse())))
                .as(TEAM_EXISTS.getName());
        Field<Boolean> member = field(exists(selectOne().from(MEMBERSHIPS)
                .where(MEMBERSHIPS.TEAM_ID.eq(team))
                .and(MEMBERSHIPS.USER_ID.eq(reader.value()))
                .and(MEMBERSHIPS.DEACTIVATED.isFalse()))).as(IS_MEMBER.getName());
        Result<Record> fetched = listStatement(query, List.of(teamExists, member)).fetch();
        Record first = fetched.getFirst();
        boolean exists = first.get(TEAM_EXISTS);
        boolean isMember = exists && first.get(IS_MEMBER);
        return TeamRead.of(exists, isMember, isMember ? page(query, fetched) : null);
    }

    /**
     * One statement: the page's rows, each with the list's total; when the page is empty (past the
     * end, or no orders) a single row carries the total alone.
     */
    Page<OrderView.Header> list(OrderQuery query) {
        return page(query, listStatement(query).fetch());
    }

    private static Page<OrderView.Header> page(OrderQuery query, Result<Record> fetched) {
        PageRequest page = query.page() == null ? PageRequest.DEFAULT : query.page();
        Long total = fetched.getFirst().get(TOTAL);
        List<OrderView.Header> results = fetched.stream()
                .filter(row -> row.get(ORDERS.ID) != null)
                .map(JooqOrderViews::listRow)
                .toList();
        return new Page<>(results, page.page(), page.pageSize(), total);
    }

    /** The one statement of {@link #list}. Package-private for plan checks. */
    Select<Record> listStatement(OrderQuery query) {
        return listStatement(query, List.of());
    }

    /**
     * The page and its total, with {@code standing} (team_exists, is_member) computed first: the page
     * rows and the total are read only when is_member is true.
     */
    private Select<Record> listStatement(OrderQuery query, List<Field<Boolean>> standing) {
        List<SelectField<?>> head = new ArrayList<>(standing);
        Table<?> checks = select(head.isEmpty() ? List.of(inline(true).as(IS_MEMBER.getName())) : head).asTable("standing");
        Field<Boolean> allowed = checks.field(IS_MEMBER);
        Table<?> totals = lateral(select(total(query).as(TOTAL.getName())).where(allowed).asTable("totals"));
        Table<?> rows = lateral(listQuery(query, allowed.isTrue()).asTable("page_rows"));
        return transactions.dsl().select().from(checks.leftJoin(totals).on(trueCondition()).leftJoin(rows).on(trueCondition()));
    }

    private static OrderView.Header listRow(Record row) {
        return toHeader(row, paymentTotals(row), flags(row));
    }

    /**
     * The total of a list: from the team's tallies when the list filters on no more than its state or
     * status (the common pages, whatever the team's size), else a count over the filtered orders.
     */
    static Field<Long> total(OrderQuery query) {
        Optional<Field<Long>> tallied = tallied(query);
        if (tallied.isPresent()) return tallied.get();
        return field(select(count().cast(SQLDataType.BIGINT))
                .from(ORDERS)
                .leftJoin(CLIENTS).on(CLIENTS.ID.eq(ORDERS.CLIENT_ID))
                .where(conditions(query)));
    }

    private static Optional<Field<Long>> tallied(OrderQuery query) {
        if (query.teamId() == null || query.groupId() != null || query.dispatchStatus() != null
                || query.groupClaimStatus() != null || (query.search() != null && !query.search().isBlank()))
            return Optional.empty();
        OrderState state = query.state();
        OrderStatus status = query.status();
        if (state != null && status != null) {
            boolean same = switch (state) {
                case DRAFT -> status == OrderStatus.DRAFT;
                case CONFIRMED -> status == OrderStatus.CONFIRMED;
                case CANCELLED -> status == OrderStatus.CANCELLED;
                case DUE, PAID -> false;
            };
            if (!same) return Optional.empty();
        }
        UUID team = query.teamId().value();
        Field<Long> column;
        if (state == OrderState.DUE) {
            return Optional.of(field(select(coalesce(sum(TEAM_OPEN_DUE_TALLIES.ORDERS), inline(BigDecimal.ZERO)).cast(SQLDataType.BIGINT))
                    .from(TEAM_OPEN_DUE_TALLIES)
                    .where(TEAM_OPEN_DUE_TALLIES.TEAM_ID.eq(team))
                    .and(TEAM_OPEN_DUE_TALLIES.DUE_DATE.lt(Objects.requireNonNull(query.today(), "today")))));
        } else if (state == OrderState.PAID) {
            column = TEAM_ORDER_TALLIES.PAID;
        } else if (state == OrderState.DRAFT || status == OrderStatus.DRAFT) {
            column = TEAM_ORDER_TALLIES.DRAFT;
        } else if (state == OrderState.CONFIRMED || status == OrderStatus.CONFIRMED) {
            column = TEAM_ORDER_TALLIES.CONFIRMED;
        } else if (state == OrderState.CANCELLED || status == OrderStatus.CANCELLED) {
            column = TEAM_ORDER_TALLIES.CANCELLED;
        } else {
            column = TEAM_ORDER_TALLIES.ORDERS;
        }
        return Optional.of(coalesce(field(select(column).from(TEAM_ORDER_TALLIES).where(TEAM_ORDER_TALLIES.TEAM_ID.eq(team))), inline(0L)));
    }

    /** The data query of {@link #list}: one page of headers with their flags. Package-private for plan checks. */
    Select<Record> listQuery(OrderQuery query) {
        return listQuery(query, noCondition());
    }

    private Select<Record> listQuery(OrderQuery query, Condition allowed) {
        LocalDate today = Objects.requireNonNull(query.today(), "today");
        PageRequest page = query.page() == null ? PageRequest.DEFAULT : query.page();
        List<Field<?>> flags = flagFields(today);
        return transactions.dsl()
                .select(concat(HEADER_ORDER_FIELDS, HEADER_JOINED_FIELDS, flags))
                .from(joinedHeaderSources())
                .where(conditions(query))
                .and(allowed)
                .orderBy(order(query.sort()))
                .limit(page.pageSize())
                .offset(page.offset());
    }

    /** The counts by state from the team's tallies: one statement, whatever the team's size. */
    OrderCounts counts(TeamId teamId, LocalDate today) {
        Field<Long> due = field(select(coalesce(sum(TEAM_OPEN_DUE_TALLIES.ORDERS), inline(BigDecimal.ZERO)).cast(SQLDataType.BIGINT))
                .from(TEAM_OPEN_DUE_TALLIES)
                .where(TEAM_OPEN_DUE_TALLIES.TEAM_ID.eq(teamId.value()))
                .and(TEAM_OPEN_DUE_TALLIES.DUE_DATE.lt(today)));
        var row = transactions.dsl()
                .select(TEAM_ORDER_TALLIES.ORDERS, due, TEAM_ORDER_TALLIES.DRAFT, TEAM_ORDER_TALLIES.CONFIRMED,
                        TEAM_ORDER_TALLIES.CANCELLED, TEAM_ORDER_TALLIES.PAID)
                .from(TEAM_ORDER_TALLIES)
                .where(TEAM_ORDER_TALLIES.TEAM_ID.eq(teamId.value()))
                .fetchOptional();
        if (row.isEmpty()) return new OrderCounts(0, 0, 0, 0, 0, 0);
        var r = row.get();
        return new OrderCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
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
        if (field == ORDERS.CREATED_AT) // never null: one index serves both directions
            return ascending ? List.of(field.asc(), ORDERS.ID.asc()) : List.of(field.desc(), ORDERS.ID.desc());
        return ascending
                ? List.of(field.asc().nullsLast(), ORDERS.ID.asc())
                : List.of(field.desc().nullsLast(), ORDERS.ID.desc());
    }

    /** The flags as stored on the order row (due against {@code today}). */
    private static List<Field<?>> flagFields(LocalDate today) {
        return List.of(
                SUMS.dueFlag(today).as(FLAG_DUE.getName()),
                ORDERS.FLAG_PAID.as(FLAG_PAID.getName()),
                ORDERS.FLAG_PARTIAL.as(FLAG_PARTIAL.getName()),
                ORDERS.FLAG_REFUNDED.as(FLAG_REFUNDED.getName()));
    }

    private static OrderFlags flags(Record row) {
        return new OrderFlags(row.get(FLAG_DUE), row.get(FLAG_PAID), row.get(FLAG_PARTIAL), row.get(FLAG_REFUNDED));
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
