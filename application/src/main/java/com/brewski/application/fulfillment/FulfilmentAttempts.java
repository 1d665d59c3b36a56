package com.brewski.application.fulfillment;

import com.brewski.domain.fulfillment.AttemptStatus;
import com.brewski.domain.fulfillment.FulfilmentAttempt;
import com.brewski.domain.fulfillment.OrderItemId;
import com.brewski.domain.fulfillment.PartnerTransaction;
import com.brewski.domain.fulfillment.VoucherOrderId;

import java.util.List;

/** The audit trail of fulfilment attempts. */
public interface FulfilmentAttempts {
    /** Inserts an attempt; answers it with its id. */
    FulfilmentAttempt insert(FulfilmentAttempt attempt);

    boolean hasDispatched(OrderItemId itemId);

    /** An order's attempts, oldest first, with the admin user and partner transaction of each. */
    List<AttemptView> ofOrder(VoucherOrderId orderId);

    /** An attempt as the audit trail shows it. */
    record AttemptView(FulfilmentAttempt attempt, AdminUser adminUser, PartnerTransaction partnerTransaction) {}

    /** The operator behind a manual attempt. */
    record AdminUser(String id, String name, String email) {}

    /** How many attempts of the item have {@code status} (tests and races). */
    int count(OrderItemId itemId, AttemptStatus status);
}
