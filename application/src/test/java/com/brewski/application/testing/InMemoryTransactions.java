package com.brewski.application.testing;

import com.brewski.application.shared.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs work one at a time (a single global lock stands in for row locks). A call made inside a
 * transaction joins it. When the outermost work throws, every {@link #enlist enlisted} store is put
 * back as it was when the transaction began; stores that are not enlisted keep what was written.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<InMemoryStore> stores = new CopyOnWriteArrayList<>();

    /** Makes these stores roll back with a failed transaction. */
    public void enlist(InMemoryStore... more) {
        stores.addAll(List.of(more));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) return work.get();
            List<Runnable> rollback = new ArrayList<>();
            for (InMemoryStore store : stores) rollback.add(store.snapshot());
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                rollback.forEach(Runnable::run);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
