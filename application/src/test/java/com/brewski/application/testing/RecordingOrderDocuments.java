package com.brewski.application.testing;

import com.brewski.application.orders.OrderDocuments;
import com.brewski.application.orders.OrderView;
import com.brewski.domain.identity.TeamId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Remembers every order reported changed, with the order as stored at that moment, so a test can
 * tell that the report came before the change was applied. It keeps reports of transactions that
 * later failed (it is not rolled back).
 */
public final class RecordingOrderDocuments implements OrderDocuments {
    /** One report: the order's team and id, and the stored order as it was when reported. */
    public record Report(TeamId teamId, UUID orderId, OrderView storedAtReport) {}

    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final InMemoryOrders orders;
    private final Clock clock;

    public RecordingOrderDocuments(InMemoryOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void orderChanged(TeamId teamId, UUID orderId) {
        reports.add(new Report(teamId, orderId, orders.view(orderId, LocalDate.now(clock)).orElse(null)));
    }

    public List<Report> reports() {
        return List.copyOf(reports);
    }

    /** The ids of the orders reported changed, in the order reported. */
    public List<UUID> changedOrders() {
        return reports.stream().map(Report::orderId).toList();
    }

    /** The latest report. */
    public Report last() {
        if (reports.isEmpty()) throw new IllegalStateException("no order was reported changed");
        return reports.getLast();
    }

    public void clear() {
        reports.clear();
    }
}
