package com.brewski.application.deposits;

import com.brewski.domain.deposits.ContainerReturn;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.List;
import java.util.UUID;

/** The container deposit ledger and container returns. */
public interface Deposits {
    /** Locks the client's ledger (its client row) for the rest of the transaction, so credit is never spent twice. */
    void lockLedger(UUID clientId);

    /** The running balance of a team and client (sum of its ledger). */
    DepositBalance balance(TeamId teamId, UUID clientId);

    void insert(DepositTransaction transaction);

    /** Sets the charge row of an order line (one per line): inserted, updated, or removed when the amount is 0. */
    void setLineCharge(DepositTransaction charge);

    /** Removes the charge row of an order line, if any. */
    void removeLineCharge(UUID orderItemId);

    /** The ledger rows of an order, oldest first. */
    List<DepositTransaction> ofOrder(UUID orderId);

    void insertReturn(ContainerReturn containerReturn);

    /** A team's returns, newest first. */
    Page<ContainerReturn> returns(TeamId teamId, PageRequest page);
}
