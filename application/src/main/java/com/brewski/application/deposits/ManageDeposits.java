package com.brewski.application.deposits;

import com.brewski.application.catalogue.Containers;
import com.brewski.application.clients.Clients;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.orders.OrderDocuments;
import com.brewski.application.orders.Orders;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.catalogue.Container;
import com.brewski.domain.clients.Client;
import com.brewski.domain.deposits.ContainerReturn;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Container returns (which credit the deposit ledger) and deposit summaries. Members record and read. */
public final class ManageDeposits {
    private final Deposits deposits;
    private final Clients clients;
    private final Containers containers;
    private final Orders orders;
    private final OrderDocuments documents;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageDeposits(Deposits deposits, Clients clients, Containers containers, Orders orders, OrderDocuments documents,
                          TeamAccess access, Transactions transactions, Clock clock, Ids ids) {
        this.deposits = deposits;
        this.clients = clients;
        this.containers = containers;
        this.orders = orders;
        this.documents = documents;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public record NewReturn(TeamId teamId, UUID clientId, UUID orderId, UUID containerId, BigDecimal quantity,
                            Long creditedMinor, Instant recordedAt) {}

    public record ReturnRecorded(ContainerReturn containerReturn, DepositTransaction transaction, DepositBalance balance) {}

    public ReturnRecorded recordReturn(Caller caller, NewReturn input) {
        return transactions.inTransaction(() -> {
            Team team = access.requireMember(caller, input.teamId());
            Container container = containers.byId(input.containerId()).filter(c -> c.teamId().equals(team.id()))
                    .orElseThrow(() -> new InvalidField("containerId", "containerId: Container not found"));
            UUID clientId = input.clientId();
            if (input.orderId() != null) {
                var order = orders.view(input.orderId(), java.time.LocalDate.now(clock))
                        .filter(o -> o.header().teamId().equals(team.id()))
                        .orElseThrow(() -> new InvalidField("orderId", "orderId: Order not found"));
                if (clientId == null) clientId = order.header().clientId();
                else if (!clientId.equals(order.header().clientId()))
                    throw new InvalidField("clientId", "clientId must be the order's client");
                documents.orderChanged(team.id(), input.orderId());
            }
            if (clientId != null) {
                Client client = clients.byId(clientId).filter(c -> c.teamId().equals(team.id()))
                        .orElseThrow(() -> new InvalidField("clientId", "clientId: Client not found"));
                deposits.lockLedger(client.id());
            }
            long credited = input.creditedMinor() != null ? input.creditedMinor()
                    : ContainerReturn.defaultCredit(input.quantity() == null ? BigDecimal.ONE : input.quantity(),
                    container.effectiveDepositMinor(team.settings()));
            Instant now = clock.instant();
            ContainerReturn recorded = new ContainerReturn(ids.newId(), team.id(), clientId, input.orderId(), container.id(),
                    input.quantity(), credited, caller.userId(), input.recordedAt() == null ? now : input.recordedAt(), now);
            deposits.insertReturn(recorded);
            DepositTransaction credit = new DepositTransaction(ids.newId(), team.id(), clientId, input.orderId(), null,
                    recorded.id(), DepositSource.RETURN, -credited, now, now);
            deposits.insert(credit);
            DepositBalance balance = clientId == null ? DepositBalance.ZERO : deposits.balance(team.id(), clientId);
            return new ReturnRecorded(recorded, credit, balance);
        });
    }

    public Page<ContainerReturn> returns(Caller caller, TeamId teamId, PageRequest page) {
        return transactions.inTransaction(() -> {
            access.requireMember(caller, teamId);
            return deposits.returns(teamId, page);
        });
    }

    /** A client's deposit summary, for its team's members. */
    public DepositBalance clientBalance(Caller caller, UUID clientId) {
        return transactions.inTransaction(() -> {
            Client client = clients.byId(clientId).orElseThrow(() -> new NotFound("Client not found"));
            access.requireMembership(caller, client.teamId());
            return deposits.balance(client.teamId(), clientId);
        });
    }
}
