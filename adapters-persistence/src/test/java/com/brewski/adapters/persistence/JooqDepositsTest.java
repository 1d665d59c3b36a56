package com.brewski.adapters.persistence;

import com.brewski.application.deposits.Deposits;
import com.brewski.domain.deposits.ContainerReturn;
import com.brewski.domain.deposits.DepositBalance;
import com.brewski.domain.deposits.DepositSource;
import com.brewski.domain.deposits.DepositTransaction;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.LineItem;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.orders.Quantity;
import com.brewski.domain.orders.TaxRate;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static com.brewski.adapters.persistence.OrdersFixture.TODAY;
import static com.brewski.adapters.persistence.OrdersFixture.at;
import static com.brewski.adapters.persistence.OrdersFixture.draft;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@link Deposits} port on PostgreSQL: the ledger, line charges, returns, and the client ledger lock. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqDepositsTest {
    private OrdersFixture fx;
    private Deposits deposits;

    @BeforeAll
    void openDatabase() {
        fx = new OrdersFixture();
        deposits = fx.persistence.deposits();
    }

    private <T> T tx(Supplier<T> work) {
        return fx.persistence.transactions().inTransaction(work);
    }

    private void txRun(Runnable work) {
        fx.persistence.transactions().run(work);
    }

    /** A team, a client, a keg and an order of the client with one keg line. */
    private final class Cellar {
        final Team team = fx.team("Cellar Brewery");
        final UUID client = fx.client(team.id(), "Cellar Bar", null);
        final UUID keg = fx.container(team.id(), "30L Keg", "keg");
        final UUID beer = fx.beer(team.id(), "Cellar Pils");
        final Order order = fx.stored(withKegs(draft(team, client, "ORD-00001", OrderStatus.DRAFT, TODAY, null, null, at(0))));
        final UUID line = order.lines().getFirst().id();

        private Order withKegs(Order order) {
            order.addLine(LineItem.beer(UUID.randomUUID(), order.id(), beer, keg, "Cellar Pils – 30L Keg", "30L Keg",
                    Quantity.of("2"), 10_000, TaxRate.NONE, null, at(1)), List.of(), at(1));
            return order;
        }

        DepositTransaction charge(long amount, Instant at) {
            return new DepositTransaction(UUID.randomUUID(), team.id(), client, order.id(), line, null, DepositSource.CHARGE,
                    amount, at, at);
        }

        DepositTransaction row(DepositSource source, long amount, UUID returnId, Instant at) {
            return new DepositTransaction(UUID.randomUUID(), team.id(), client, order.id(), null, returnId, source, amount, at, at);
        }

        ContainerReturn containerReturn(UUID clientId, UUID orderId, String quantity, long credited, Instant recordedAt) {
            return new ContainerReturn(UUID.randomUUID(), team.id(), clientId, orderId, keg, new BigDecimal(quantity), credited,
                    null, recordedAt, at(0));
        }

        DepositBalance balance() {
            return tx(() -> deposits.balance(team.id(), client));
        }
    }

    @Test
    void a_lines_charge_is_one_row_inserted_updated_and_removed_in_step() {
        Cellar c = new Cellar();

        txRun(() -> deposits.setLineCharge(c.charge(6_000, at(2))));
        DepositTransaction first = tx(() -> deposits.ofOrder(c.order.id())).getFirst();
        txRun(() -> deposits.setLineCharge(c.charge(9_000, at(3))));

        List<DepositTransaction> rows = tx(() -> deposits.ofOrder(c.order.id()));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().id()).as("the row is kept, its amount updated").isEqualTo(first.id());
        assertThat(rows.getFirst().amountMinor()).isEqualTo(9_000);
        assertThat(rows.getFirst().createdAt()).isEqualTo(at(2));
        assertThat(rows.getFirst().updatedAt()).isEqualTo(at(3));
        assertThat(c.balance()).isEqualTo(new DepositBalance(9_000));

        txRun(() -> deposits.setLineCharge(c.charge(0, at(4))));
        assertThat(tx(() -> deposits.ofOrder(c.order.id()))).as("a zero charge removes the row").isEmpty();
        txRun(() -> deposits.setLineCharge(c.charge(3_000, at(5))));
        txRun(() -> deposits.removeLineCharge(c.line));
        assertThat(tx(() -> deposits.ofOrder(c.order.id()))).isEmpty();
        assertThat(c.balance()).isEqualTo(DepositBalance.ZERO);
    }

    @Test
    void the_balance_sums_the_team_and_clients_ledger_and_an_orders_rows_come_oldest_first() {
        Cellar c = new Cellar();
        Team otherTeam = fx.team("Other Brewery");
        UUID otherClient = fx.client(c.team.id(), "Other Bar", null);
        ContainerReturn returned = c.containerReturn(c.client, c.order.id(), "3", 9_000, at(10));

        txRun(() -> {
            deposits.setLineCharge(c.charge(6_000, at(2)));
            deposits.insertReturn(returned);
            deposits.insert(c.row(DepositSource.RETURN, -9_000, returned.id(), at(10)));
            deposits.insert(c.row(DepositSource.ADJUSTMENT, 1_000, null, at(11)));
            deposits.insert(new DepositTransaction(UUID.randomUUID(), c.team.id(), otherClient, null, null, null,
                    DepositSource.ADJUSTMENT, 500, at(12), at(12)));
            deposits.insert(new DepositTransaction(UUID.randomUUID(), otherTeam.id(), null, null, null, null,
                    DepositSource.ADJUSTMENT, 700, at(12), at(12)));
        });

        assertThat(c.balance()).isEqualTo(new DepositBalance(-2_000));
        assertThat(c.balance().creditMinor()).isEqualTo(2_000);
        assertThat(tx(() -> deposits.balance(c.team.id(), otherClient))).isEqualTo(new DepositBalance(500));
        assertThat(tx(() -> deposits.balance(otherTeam.id(), c.client))).isEqualTo(DepositBalance.ZERO);
        List<DepositTransaction> rows = tx(() -> deposits.ofOrder(c.order.id()));
        assertThat(rows).extracting(DepositTransaction::source)
                .containsExactly(DepositSource.CHARGE, DepositSource.RETURN, DepositSource.ADJUSTMENT);
        assertThat(rows.get(1).containerReturnId()).isEqualTo(returned.id());
        assertThat(tx(() -> fx.orders.view(c.order.id(), TODAY)).orElseThrow().header().depositBalanceMinor())
                .as("the order view carries the client's balance").isEqualTo(-2_000);
    }

    @Test
    void returns_round_trip_and_page_newest_first_per_team() {
        Cellar c = new Cellar();
        Cellar other = new Cellar();
        ContainerReturn older = c.containerReturn(c.client, null, "1.5", 4_500, at(100));
        ContainerReturn newer = c.containerReturn(null, c.order.id(), "2", 0, at(200));
        ContainerReturn middle = c.containerReturn(c.client, null, "1", 3_000, at(150));
        txRun(() -> {
            deposits.insertReturn(older);
            deposits.insertReturn(newer);
            deposits.insertReturn(middle);
            deposits.insertReturn(other.containerReturn(other.client, null, "1", 3_000, at(300)));
        });

        Page<ContainerReturn> first = tx(() -> deposits.returns(c.team.id(), new PageRequest(1, 2)));
        Page<ContainerReturn> second = tx(() -> deposits.returns(c.team.id(), new PageRequest(2, 2)));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.results()).extracting(ContainerReturn::id).containsExactly(newer.id(), middle.id());
        assertThat(second.results()).extracting(ContainerReturn::id).containsExactly(older.id());
        ContainerReturn loaded = second.results().getFirst();
        assertThat(loaded.quantity()).isEqualByComparingTo("1.5");
        assertThat(loaded).usingRecursiveComparison().ignoringFields("quantity").isEqualTo(older);
        assertThat(tx(() -> deposits.returns(new TeamId(UUID.randomUUID()), PageRequest.DEFAULT)).total()).isZero();
    }

    @Test
    void lockLedger_queues_a_second_locker_of_the_client_until_the_first_commits() throws Exception {
        Cellar c = new Cellar();
        CyclicBarrier locked = new CyclicBarrier(2);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Long> waited = other.submit(() -> {
                locked.await(10, TimeUnit.SECONDS);
                long start = System.nanoTime();
                txRun(() -> deposits.lockLedger(c.client));
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            });
            txRun(() -> {
                deposits.lockLedger(c.client);
                await(locked);
                sleep(400);
            });
            assertThat(waited.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(300);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void rows_referencing_a_locked_client_or_order_can_still_be_inserted() throws Exception {
        Cellar c = new Cellar();
        CyclicBarrier locked = new CyclicBarrier(2);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Long> inserted = other.submit(() -> {
                locked.await(10, TimeUnit.SECONDS);
                long start = System.nanoTime();
                ContainerReturn returned = c.containerReturn(c.client, c.order.id(), "1", 3_000, at(5));
                txRun(() -> {
                    deposits.insertReturn(returned);
                    deposits.insert(c.row(DepositSource.RETURN, -3_000, returned.id(), at(5)));
                });
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            });
            txRun(() -> {
                fx.orders.byIdForUpdate(c.order.id()).orElseThrow();
                deposits.lockLedger(c.client);
                await(locked);
                sleep(600);
            });
            assertThat(inserted.get(10, TimeUnit.SECONDS))
                    .as("a foreign-key check does not wait for the order and ledger locks").isLessThan(500);
        } finally {
            other.shutdownNow();
        }
        assertThat(c.balance()).isEqualTo(new DepositBalance(-3_000));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
