package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.AdminAlert;
import com.brewski.domain.fulfillment.AlertStatus;
import com.brewski.domain.fulfillment.VoucherOrderId;
import com.brewski.domain.shared.Page;
import com.brewski.domain.shared.PageRequest;

import java.util.List;

/** Alerts raised for operators in the admin panel. */
public interface AdminAlerts {
    AdminAlert insert(AdminAlert alert);

    List<AdminAlert> openOf(VoucherOrderId orderId);

    void update(AdminAlert alert);

    /** Newest first, optionally of one status and one order. */
    Page<AdminAlert> page(AlertStatus status, VoucherOrderId orderId, PageRequest page);
}
