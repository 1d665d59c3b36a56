package com.brewski.application.fulfillment;

import com.brewski.application.shared.Transactions;
import com.brewski.domain.fulfillment.AdminAlert;
import com.brewski.domain.fulfillment.AlertStatus;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

/** Admin alerts, newest first, optionally of one status and one order. */
public final class ReadAdminAlerts {
    private final AdminAlerts alerts;
    private final Transactions transactions;

    public ReadAdminAlerts(AdminAlerts alerts, Transactions transactions) {
        this.alerts = alerts;
        this.transactions = transactions;
    }

    public Page<AdminAlert> page(AlertStatus status, VoucherOrderId orderId, PageRequest page) {
        return transactions.inTransaction(() -> alerts.page(status, orderId, page));
    }
}
