package com.brewski.application.testing;

import com.brewski.application.deposits.Deposits;
import com.brewski.domain.deposits.ContainerReturn;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The deposit ledger and container returns in lists. An order line has at most one charge row.
 * The global lock of {@link InMemoryTransactions} already serialises ledgers, so {@link #lockLedger} does nothing.
 */
public final class InMemoryDeposits implements Deposits, InMemoryStore {
    private final List<DepositTransaction> transactions = new CopyOnWriteArrayList<>();
    private final List<ContainerReturn> returns = new CopyOnWriteArrayList<>();

    public InMemoryDeposits(InMemoryContainers containers) {
        containers.referencedBy(id -> returns.stream().anyMatch(r -> r.containerId().equals(id)));
    }

    @Override
    public void lockLedger(UUID clientId) {
    }

    @Override
    public DepositBalance balance(TeamId teamId, UUID clientId) {
        return new DepositBalance(transactions.stream()
                .filter(t -> t.teamId().equals(teamId) && Objects.equals(t.clientId(), clientId))
                .mapToLong(DepositTransaction::amountMinor).sum());
    }

    @Override
    public void insert(DepositTransaction transaction) {
        if (transactions.stream().anyMatch(t -> t.id().equals(transaction.id())))
            throw new IllegalStateException("deposit transaction " + transaction.id() + " is already stored");
        transactions.add(transaction);
    }

    @Override
    public synchronized void setLineCharge(DepositTransaction charge) {
        Objects.requireNonNull(charge.orderItemId(), "a line charge names its order line");
        if (charge.amountMinor() == 0) {
            removeLineCharge(charge.orderItemId());
            return;
        }
        for (int i = 0; i < transactions.size(); i++) {
            DepositTransaction t = transactions.get(i);
            if (charge.orderItemId().equals(t.orderItemId())) {
                transactions.set(i, new DepositTransaction(t.id(), t.teamId(), t.clientId(), t.orderId(), t.orderItemId(),
                        t.containerReturnId(), t.source(), charge.amountMinor(), t.createdAt(), charge.updatedAt()));
                return;
            }
        }
        transactions.add(charge);
    }

    @Override
    public void removeLineCharge(UUID orderItemId) {
        transactions.removeIf(t -> orderItemId.equals(t.orderItemId()));
    }

    /** Oldest first. */
    @Override
    public List<DepositTransaction> ofOrder(UUID orderId) {
        return transactions.stream().filter(t -> orderId.equals(t.orderId()))
                .sorted(Comparator.comparing(DepositTransaction::createdAt).thenComparing(DepositTransaction::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public void insertReturn(ContainerReturn containerReturn) {
        returns.add(containerReturn);
    }

    /** Newest first. */
    @Override
    public Page<ContainerReturn> returns(TeamId teamId, PageRequest page) {
        return InMemoryLists.page(returns.stream().filter(r -> r.teamId().equals(teamId))
                .sorted(Comparator.comparing(ContainerReturn::recordedAt).thenComparing(ContainerReturn::id, InMemoryLists.UUID_ORDER).reversed())
                .toList(), page);
    }

    /** Every ledger row of a team and client, oldest first (for tests). */
    public List<DepositTransaction> ledger(TeamId teamId, UUID clientId) {
        return transactions.stream().filter(t -> t.teamId().equals(teamId) && Objects.equals(t.clientId(), clientId))
                .sorted(Comparator.comparing(DepositTransaction::createdAt).thenComparing(DepositTransaction::id, InMemoryLists.UUID_ORDER))
                .toList();
    }

    @Override
    public Runnable snapshot() {
        List<DepositTransaction> transactionsCopy = new ArrayList<>(transactions);
        List<ContainerReturn> returnsCopy = new ArrayList<>(returns);
        return () -> {
            transactions.clear();
            transactions.addAll(transactionsCopy);
            returns.clear();
            returns.addAll(returnsCopy);
        };
    }
}
