package com.brewski.application.orders;

import com.brewski.application.activity.Activity;
import com.brewski.application.groups.Groups;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.activity.ActivityEntry;
import com.brewski.domain.groups.BreweryGroup;
import com.brewski.domain.groups.GroupMember;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.orders.GroupLink;
import com.brewski.domain.shared.Conflict;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Group shipping coordination of an order: a member team claims it, the claim team transfers it to
 * another member or releases it back to the queue. The claim is read, checked and written with a
 * compare-and-set the database settles, so of N racing requests exactly one wins and the others get
 * 409. Each change deletes the order's documents and writes an activity entry for the teams involved.
 */
public final class ClaimGroupOrders {
    private final Orders orders;
    private final Groups groups;
    private final OrderDocuments documents;
    private final Activity activity;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ClaimGroupOrders(Orders orders, Groups groups, OrderDocuments documents, Activity activity, TeamAccess access,
                            Transactions transactions, Clock clock, Ids ids) {
        this.orders = orders;
        this.groups = groups;
        this.documents = documents;
        this.activity = activity;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public OrderView claim(Caller caller, UUID orderId, TeamId claimant) {
        return transactions.inTransaction(() -> {
            Team team = access.requireMember(caller, claimant);
            OrderView.Header order = header(orderId);
            GroupLink current = link(order);
            BreweryGroup group = activeGroup(current);
            requireActiveMember(group, claimant, "The claiming team must be an active member of the group");
            GroupLink claimed = current.claimBy(claimant);
            write(order, current, claimed, false, "Order is already claimed");
            record(caller, order, List.of(order.teamId(), claimant), "orders.group.claimed",
                    team.name() + " claimed group shipping of order " + order.number());
            return view(caller, orderId);
        });
    }

    public OrderView transfer(Caller caller, UUID orderId, TeamId target) {
        return transactions.inTransaction(() -> {
            OrderView.Header order = header(orderId);
            GroupLink current = link(order);
            requireClaimTeamMember(caller, orderId, current, "Claim data changed during transfer");
            if (!order.dispatchStatus().isMutable()) throw new Conflict("Order dispatch has already started");
            BreweryGroup group = activeGroup(current);
            requireActiveMember(group, target, "The target team must be an active member of the group");
            GroupLink moved = current.transferTo(target);
            write(order, current, moved, true, "Claim data changed during transfer");
            record(caller, order, List.of(order.teamId(), current.claimTeamId(), target), "orders.group.transferred",
                    "Group shipping of order " + order.number() + " was transferred");
            return view(caller, orderId);
        });
    }

    public OrderView release(Caller caller, UUID orderId) {
        return transactions.inTransaction(() -> {
            OrderView.Header order = header(orderId);
            GroupLink current = link(order);
            if (!current.isClaimed()) throw new Conflict("Order is already unclaimed");
            requireClaimTeamMember(caller, orderId, current, "Claim data changed mid-release");
            activeGroup(current);
            if (!order.dispatchStatus().isMutable()) throw new Conflict("Order dispatch has already started");
            GroupLink released = current.release();
            write(order, current, released, true, "Claim data changed mid-release");
            record(caller, order, List.of(order.teamId(), current.claimTeamId()), "orders.group.released",
                    "Group shipping of order " + order.number() + " was released to the group");
            return view(caller, orderId);
        });
    }

    private OrderView.Header header(UUID orderId) {
        return orders.view(orderId, LocalDate.now(clock)).orElseThrow(() -> new NotFound("Order not found")).header();
    }

    /** The order after the change, as the caller may see it (a partner team's view when it is not the seller's). */
    private OrderView view(Caller caller, UUID orderId) {
        return orders.view(orderId, LocalDate.now(clock)).orElseThrow(() -> new NotFound("Order not found"))
                .seenBy(access.teamsOf(caller));
    }

    private static GroupLink link(OrderView.Header order) {
        if (order.group() == null) throw new NotFound("Group not found");
        return new GroupLink(order.group().id(), order.groupClaimTeamId(), order.groupClaimStatus(),
                order.groupEarliestDeliveryAt(), order.groupLatestDeliveryAt());
    }

    /** The order's group, share-locked so that it cannot be retired or lose members until the claim is written. */
    private BreweryGroup activeGroup(GroupLink link) {
        BreweryGroup group = groups.byIdSharing(link.groupId()).orElseThrow(() -> new NotFound("Group not found"));
        if (group.isRetired()) throw new Conflict("Group is retired");
        return group;
    }

    private void requireActiveMember(BreweryGroup group, TeamId team, String message) {
        if (groups.member(group.id(), team).filter(GroupMember::isActive).isEmpty()) throw new Forbidden(message);
    }

    /**
     * The caller must be on the current claim team: 403 otherwise, unless the caller's team held the
     * claim just before its last change, which means this request lost a race to that change (409).
     */
    private void requireClaimTeamMember(Caller caller, UUID orderId, GroupLink link, String lostRace) {
        if (!link.isClaimed()) throw new Conflict("Order is unclaimed");
        if (access.isMember(caller, link.claimTeamId())) return;
        if (orders.previousClaimTeam(orderId).filter(team -> access.isMember(caller, team)).isPresent()) throw new Conflict(lostRace);
        throw new Forbidden("Caller is not on the current claim team");
    }



    /**
     * Writes the new claim if nothing it was decided on changed since the order was read: the claim, and
     * for a transfer or release ({@code beforeDispatch}) the dispatch state, which a concurrent dispatch
     * update may have moved on.
     */
    private void write(OrderView.Header order, GroupLink expected, GroupLink replacement, boolean beforeDispatch,
                       String lostRace) {
        documents.orderChanged(order.teamId(), order.id());
        if (!orders.compareAndSetClaim(order.id(), expected, replacement, beforeDispatch, clock.instant()))
            throw new Conflict(lostRace);
    }

    private void record(Caller caller, OrderView.Header order, List<TeamId> teams, String type, String message) {
        Instant now = clock.instant();
        Set<TeamId> distinct = new LinkedHashSet<>(teams);
        List<ActivityEntry> entries = new ArrayList<>();
        for (TeamId team : distinct) {
            entries.add(new ActivityEntry(ids.newId(), team, "orders", type, message, caller.userId(),
                    List.of(order.id(), order.group().id()), now));
        }
        activity.record(entries);
    }
}
