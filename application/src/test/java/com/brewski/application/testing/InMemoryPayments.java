package com.brewski.application.testing;

import com.brewski.application.payments.Payments;
import com.brewski.domain.payments.Payment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Payments and refunds in a list; an order's come back in the order they were recorded. */
public final class InMemoryPayments implements Payments, InMemoryStore {
    private final List<Payment> payments = new CopyOnWriteArrayList<>();

    @Override
    public void insert(Payment payment) {
        if (payments.stream().anyMatch(p -> p.id().equals(payment.id())))
            throw new IllegalStateException("payment " + payment.id() + " is already stored");
        payments.add(payment);
    }

    @Override
    public List<Payment> ofOrder(UUID orderId) {
        return payments.stream().filter(p -> p.orderId().equals(orderId)).toList();
    }

    @Override
    public Runnable snapshot() {
        List<Payment> copy = new ArrayList<>(payments);
        return () -> {
            payments.clear();
            payments.addAll(copy);
        };
    }
}
