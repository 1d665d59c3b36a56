package com.brewski.application.payments;

import com.brewski.domain.payments.Payment;

import java.util.List;
import java.util.UUID;

/** Stored payments and refunds of orders. */
public interface Payments {
    void insert(Payment payment);

    /** An order's payments, in no particular order (the ledger sorts them). */
    List<Payment> ofOrder(UUID orderId);
}
