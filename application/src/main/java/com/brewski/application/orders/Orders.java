package com.brewski.application.orders;

import com.brewski.application.identity.TeamRead;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.UserId;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.orders.Order;
import com.brewski.domain.shared.Page;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Stored orders with their lines, and the read models the routes answer with. */
public interface Orders {
    /** The team's next sequential order number, gap-free: taken in the caller's transaction. */
    long nextSequence(TeamId teamId);

    /** Inserts the order and its lines; answers false (nothing inserted) when the number is taken in the team. */
    boolean insert(Order order);

    /** Locks the order row for the rest of the transaction and loads it with its lines. */
    Optional<Order> byIdForUpdate(UUID id);

    /** Saves the order's fields and totals and brings its stored lines in step with {@link Order#lines()}. */
    void update(Order order);

    /**
     * Replaces the order's group claim (team and status) only if it is still {@code expected} and, when
     * {@code beforeDispatch}, its dispatch has not started (pending or packed), in one statement the
     * database settles; answers whether it did. Concurrent changes: exactly one wins.
     */
    boolean compareAndSetClaim(UUID orderId, GroupLink expected, GroupLink replacement, boolean beforeDispatch,
                               java.time.Instant now);

    /** The team that held the order's claim before its last claim change, if any. */
    Optional<TeamId> previousClaimTeam(UUID orderId);

    /** The full read model of one order. */
    Optional<OrderView> view(UUID id, LocalDate today);

    /** A page of orders: a fixed number of statements whatever the page size. */
    Page<OrderView.Header> list(OrderQuery query);

    /**
     * A page of one team's orders ({@code query.teamId()} required) with the reader's standing in that
     * team, decided by the same statement: a non-platform team, and the reader an active member of it.
     */
    TeamRead<Page<OrderView.Header>> listForMember(UserId reader, OrderQuery query);

    /**
     * The full read model of one order, with whether {@code reader} may read it (an active member of the
     * order's team, or of an active member team of the order's group), decided in the same statement.
     */
    Optional<Readable<OrderView>> viewFor(UserId reader, UUID id, LocalDate today);

    /**
     * A read model, whether the reader may see it, and whether the reader is a member of the team it
     * belongs to (else a group partner, who sees less).
     */
    record Readable<T>(T value, boolean readable, boolean ofReadersTeam) {}

    /** Counts by state for a team, in one aggregate query. */
    OrderCounts counts(TeamId teamId, LocalDate today);

    record OrderCounts(long all, long due, long draft, long confirmed, long cancelled, long paid) {}
}
