package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.ContainerReturnsRecord;
import com.brewski.adapters.persistence.jooq.tables.records.DepositTransactionsRecord;
import com.brewski.application.deposits.Deposits;
import com.brewski.domain.deposits.ContainerReturn;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.CLIENTS;
import static com.brewski.adapters.persistence.jooq.Tables.CONTAINER_RETURNS;
import static com.brewski.adapters.persistence.jooq.Tables.DEPOSIT_TRANSACTIONS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.sum;

/** The deposit ledger ({@code deposit_transactions}) and container returns. */
final class JooqDeposits implements Deposits {
    private final JooqTransactions transactions;

    JooqDeposits(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void lockLedger(UUID clientId) {
        // FOR NO KEY UPDATE, not FOR UPDATE: ledger writers queue on the client row, while inserts that
        // only reference the client (order lines' deposit charges, new orders) pass their foreign-key
        // check instead of waiting on it — which deadlocked against a locked order.
        transactions.dsl().select(CLIENTS.ID).from(CLIENTS).where(CLIENTS.ID.eq(clientId)).forNoKeyUpdate().fetch();
    }

    @Override
    public DepositBalance balance(TeamId teamId, UUID clientId) {
        BigDecimal total = transactions.dsl()
                .select(coalesce(sum(DEPOSIT_TRANSACTIONS.AMOUNT_MINOR), BigDecimal.ZERO))
                .from(DEPOSIT_TRANSACTIONS)
                .where(DEPOSIT_TRANSACTIONS.TEAM_ID.eq(teamId.value()))
                .and(DEPOSIT_TRANSACTIONS.CLIENT_ID.eq(clientId))
                .fetchOne(0, BigDecimal.class);
        return new DepositBalance(total == null ? 0 : total.longValueExact());
    }

    @Override
    public void insert(DepositTransaction t) {
        transactions.dsl().insertInto(DEPOSIT_TRANSACTIONS).set(record(t)).execute();
    }

    @Override
    public void setLineCharge(DepositTransaction charge) {
        if (charge.amountMinor() == 0) {
            removeLineCharge(charge.orderItemId());
            return;
        }
        transactions.dsl().insertInto(DEPOSIT_TRANSACTIONS).set(record(charge))
                .onConflict(DEPOSIT_TRANSACTIONS.ORDER_ITEM_ID).where(DEPOSIT_TRANSACTIONS.ORDER_ITEM_ID.isNotNull())
                .doUpdate()
                .set(DEPOSIT_TRANSACTIONS.AMOUNT_MINOR, excluded(DEPOSIT_TRANSACTIONS.AMOUNT_MINOR))
                .set(DEPOSIT_TRANSACTIONS.UPDATED_AT, excluded(DEPOSIT_TRANSACTIONS.UPDATED_AT))
                .execute();
    }

    @Override
    public void removeLineCharge(UUID orderItemId) {
        transactions.dsl().deleteFrom(DEPOSIT_TRANSACTIONS).where(DEPOSIT_TRANSACTIONS.ORDER_ITEM_ID.eq(orderItemId)).execute();
    }

    @Override
    public List<DepositTransaction> ofOrder(UUID orderId) {
        return transactions.dsl().selectFrom(DEPOSIT_TRANSACTIONS)
                .where(DEPOSIT_TRANSACTIONS.ORDER_ID.eq(orderId))
                .orderBy(DEPOSIT_TRANSACTIONS.CREATED_AT, DEPOSIT_TRANSACTIONS.ID)
                .fetch(JooqDeposits::toTransaction);
    }

    @Override
    public void insertReturn(ContainerReturn r) {
        transactions.dsl().insertInto(CONTAINER_RETURNS)
                .set(CONTAINER_RETURNS.ID, r.id())
                .set(CONTAINER_RETURNS.TEAM_ID, r.teamId().value())
                .set(CONTAINER_RETURNS.CLIENT_ID, r.clientId())
                .set(CONTAINER_RETURNS.ORDER_ID, r.orderId())
                .set(CONTAINER_RETURNS.CONTAINER_ID, r.containerId())
                .set(CONTAINER_RETURNS.QUANTITY, r.quantity())
                .set(CONTAINER_RETURNS.CREDITED_MINOR, r.creditedMinor())
                .set(CONTAINER_RETURNS.RECORDED_BY, r.recordedBy() == null ? null : r.recordedBy().value())
                .set(CONTAINER_RETURNS.RECORDED_AT, r.recordedAt())
                .set(CONTAINER_RETURNS.CREATED_AT, r.createdAt())
                .execute();
    }

    @Override
    public Page<ContainerReturn> returns(TeamId teamId, PageRequest page) {
        var where = CONTAINER_RETURNS.TEAM_ID.eq(teamId.value());
        List<ContainerReturn> results = transactions.dsl().selectFrom(CONTAINER_RETURNS).where(where)
                .orderBy(CONTAINER_RETURNS.RECORDED_AT.desc(), CONTAINER_RETURNS.ID.desc())
                .limit(page.pageSize()).offset(page.offset())
                .fetch(JooqDeposits::toReturn);
        return new Page<>(results, page.page(), page.pageSize(), transactions.dsl().fetchCount(CONTAINER_RETURNS, where));
    }

    private DepositTransactionsRecord record(DepositTransaction t) {
        DepositTransactionsRecord r = new DepositTransactionsRecord();
        r.setId(t.id());
        r.setTeamId(t.teamId().value());
        r.setClientId(t.clientId());
        r.setOrderId(t.orderId());
        r.setOrderItemId(t.orderItemId());
        r.setContainerReturnId(t.containerReturnId());
        r.setSource(t.source().wire());
        r.setAmountMinor(t.amountMinor());
        r.setCreatedAt(t.createdAt());
        r.setUpdatedAt(t.updatedAt());
        return r;
    }

    static DepositTransaction toTransaction(DepositTransactionsRecord r) {
        return new DepositTransaction(r.getId(), new TeamId(r.getTeamId()), r.getClientId(), r.getOrderId(),
                r.getOrderItemId(), r.getContainerReturnId(), DepositSource.parse("source", r.getSource()),
                r.getAmountMinor(), r.getCreatedAt(), r.getUpdatedAt());
    }

    private static ContainerReturn toReturn(ContainerReturnsRecord r) {
        return new ContainerReturn(r.getId(), new TeamId(r.getTeamId()), r.getClientId(), r.getOrderId(), r.getContainerId(),
                r.getQuantity(), r.getCreditedMinor(), r.getRecordedBy() == null ? null : new UserId(r.getRecordedBy()),
                r.getRecordedAt(), r.getCreatedAt());
    }
}
