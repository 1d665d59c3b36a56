package com.brewski.adapters.persistence;

import com.brewski.application.orders.Orders;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.orders.GroupClaimStatus;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
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

/** {@link Orders#compareAndSetClaim}: one conditional statement that exactly one of racing writers wins. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqOrderClaimsTest {
    private OrdersFixture fx;
    private Orders orders;

    @BeforeAll
    void openDatabase() {
        fx = new OrdersFixture();
        orders = fx.orders;
    }

    private <T> T tx(Supplier<T> work) {
        return fx.persistence.transactions().inTransaction(work);
    }

    private record Linked(Order order, GroupLink unclaimed, List<Team> members) {}

    private Linked linked(int memberCount) {
        List<Team> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) members.add(fx.team("Member " + i));
        UUID client = fx.client(members.getFirst().id(), "Group Bar", null);
        UUID group = fx.group("Claim Group", null);
        GroupLink unclaimed = GroupLink.unclaimed(group);
        Order order = fx.stored(draft(members.getFirst(), client, "ORD-00001", OrderStatus.CONFIRMED, TODAY, null,
                unclaimed, at(0)));
        return new Linked(order, unclaimed, members);
    }

    private GroupLink stored(Order order) {
        return tx(() -> orders.byIdForUpdate(order.id())).orElseThrow().groupLink().orElseThrow();
    }

    @Test
    void the_claim_changes_only_from_the_expected_claim() {
        Linked l = linked(3);
        TeamId a = l.members().get(1).id();
        TeamId b = l.members().get(2).id();
        GroupLink byA = l.unclaimed().claimBy(a);

        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), l.unclaimed(), byA, false, at(10)))).isTrue();
        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), l.unclaimed(), l.unclaimed().claimBy(b), false, at(11))))
                .as("expected unclaimed, found A's claim").isFalse();
        assertThat(stored(l.order())).isEqualTo(byA);
        assertThat(tx(() -> orders.view(l.order().id(), TODAY)).orElseThrow().header().updatedAt()).isEqualTo(at(10));

        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), byA, byA.release(), true, at(12)))).isTrue();
        assertThat(stored(l.order())).isEqualTo(l.unclaimed());
        GroupLink otherGroup = GroupLink.unclaimed(UUID.randomUUID());
        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), otherGroup, otherGroup.claimBy(a), false, at(13))))
                .as("the order is linked to another group").isFalse();
        assertThat(tx(() -> orders.compareAndSetClaim(UUID.randomUUID(), l.unclaimed(), byA, false, at(13)))).isFalse();
    }

    @Test
    void a_transfer_or_release_fails_once_dispatch_has_started_even_if_the_claim_is_unchanged() {
        Linked l = linked(3);
        TeamId a = l.members().get(1).id();
        GroupLink byA = l.unclaimed().claimBy(a);
        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), l.unclaimed(), byA, false, at(10)))).isTrue();
        GroupLink toB = byA.transferTo(l.members().get(2).id());

        tx(() -> {
            Order order = orders.byIdForUpdate(l.order().id()).orElseThrow();
            order.changeDispatch(DispatchStatus.PACKED, at(11));
            orders.update(order);
            return null;
        });
        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), byA, toB, true, at(12))))
                .as("packed is still before dispatch").isTrue();

        tx(() -> {
            Order order = orders.byIdForUpdate(l.order().id()).orElseThrow();
            order.changeDispatch(DispatchStatus.DISPATCHED, at(13));
            orders.update(order);
            return null;
        });
        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), toB, toB.release(), true, at(14)))).isFalse();
        assertThat(stored(l.order())).isEqualTo(toB);
        assertThat(tx(() -> orders.compareAndSetClaim(l.order().id(), toB, toB.withClaim(toB.claimTeamId(),
                GroupClaimStatus.COMPLETED), false, at(15)))).as("without the dispatch condition").isTrue();
    }

    @Test
    void of_writers_racing_from_the_same_claim_exactly_one_wins() throws Exception {
        int racers = 4;
        Linked l = linked(racers + 1);
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 1; i <= racers; i++) {
                TeamId claimant = l.members().get(i).id();
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return tx(() -> {
                        boolean won = orders.compareAndSetClaim(l.order().id(), l.unclaimed(), l.unclaimed().claimBy(claimant),
                                false, at(20));
                        sleep(100); // hold the row so the others queue behind this transaction
                        return won;
                    });
                }));
            }
            long winners = 0;
            for (Future<Boolean> r : results) if (r.get(20, TimeUnit.SECONDS)) winners++;
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(l.order()).claimStatus()).isEqualTo(GroupClaimStatus.COLLATING);
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
