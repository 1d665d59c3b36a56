package com.brewski.application.testing;

import com.brewski.application.shared.Transactions;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Runs work one at a time (a single global lock stands in for row locks); no rollback. */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
