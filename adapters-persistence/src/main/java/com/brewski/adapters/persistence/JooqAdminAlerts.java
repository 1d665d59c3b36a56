package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.AdminAlertsRecord;
import com.brewski.application.fulfillment.AdminAlerts;
import com.brewski.domain.fulfillment.AdminAlert;
import com.brewski.domain.fulfillment.AlertId;
import com.brewski.domain.fulfillment.AlertKind;
import com.brewski.domain.fulfillment.AlertStatus;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.util.List;

import static com.brewski.adapters.persistence.jooq.Tables.ADMIN_ALERTS;

/** Admin alerts in {@code admin_alerts}. */
final class JooqAdminAlerts implements AdminAlerts {
    private final JooqTransactions transactions;

    JooqAdminAlerts(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AdminAlert insert(AdminAlert a) {
        return toAlert(transactions.dsl().insertInto(ADMIN_ALERTS)
                .set(ADMIN_ALERTS.ORDER_ID, a.orderId().value())
                .set(ADMIN_ALERTS.KIND, a.kind().wire())
                .set(ADMIN_ALERTS.STATUS, a.status().wire())
                .set(ADMIN_ALERTS.MESSAGE, a.message())
                .set(ADMIN_ALERTS.RESOLUTION_NOTES, a.resolutionNotes())
                .set(ADMIN_ALERTS.RESOLVED_AT, a.resolvedAt())
                .set(ADMIN_ALERTS.CREATED_AT, a.createdAt())
                .returning().fetchOne());
    }

    @Override
    public List<AdminAlert> openOf(VoucherOrderId orderId) {
        return transactions.dsl().selectFrom(ADMIN_ALERTS)
                .where(ADMIN_ALERTS.ORDER_ID.eq(orderId.value()).and(ADMIN_ALERTS.STATUS.eq(AlertStatus.OPEN.wire())))
                .orderBy(ADMIN_ALERTS.ID).fetch(JooqAdminAlerts::toAlert);
    }

    @Override
    public void update(AdminAlert a) {
        transactions.dsl().update(ADMIN_ALERTS)
                .set(ADMIN_ALERTS.STATUS, a.status().wire())
                .set(ADMIN_ALERTS.RESOLUTION_NOTES, a.resolutionNotes())
                .set(ADMIN_ALERTS.RESOLVED_AT, a.resolvedAt())
                .where(ADMIN_ALERTS.ID.eq(a.id().value())).execute();
    }

    @Override
    public Page<AdminAlert> page(AlertStatus status, VoucherOrderId orderId, PageRequest page) {
        var dsl = transactions.dsl();
        Condition where = DSL.trueCondition();
        if (status != null) where = where.and(ADMIN_ALERTS.STATUS.eq(status.wire()));
        if (orderId != null) where = where.and(ADMIN_ALERTS.ORDER_ID.eq(orderId.value()));
        var rows = dsl.selectFrom(ADMIN_ALERTS).where(where).orderBy(ADMIN_ALERTS.CREATED_AT.desc(), ADMIN_ALERTS.ID.desc())
                .limit(page.pageSize()).offset(page.offset()).fetch(JooqAdminAlerts::toAlert);
        return new Page<>(rows, page.page(), page.pageSize(), dsl.fetchCount(ADMIN_ALERTS, where));
    }

    private static AdminAlert toAlert(AdminAlertsRecord r) {
        return AdminAlert.rebuild(new AlertId(r.getId()), new VoucherOrderId(r.getOrderId()), AlertKind.parse("kind", r.getKind()),
                r.getMessage(), AlertStatus.parse("status", r.getStatus()), r.getResolutionNotes(), r.getResolvedAt(), r.getCreatedAt());
    }
}
