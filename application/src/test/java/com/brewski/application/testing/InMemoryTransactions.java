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
 * Then the work registered with {@link #afterRollback} runs, outside the transaction.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<InMemoryStore> stores = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<Runnable>> afterRollback = new ThreadLocal<>();

    /** Makes these stores roll back with a failed transaction. */
    public void enlist(InMemoryStore... more) {
        stores.addAll(List.of(more));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        if (lock.getHoldCount() > 1) {
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }
        List<Runnable> undo = new ArrayList<>();
        Throwable failure = null;
        try {
            afterRollback.set(undo);
            List<Runnable> rollback = new ArrayList<>();
            for (InMemoryStore store : stores) rollback.add(store.snapshot());
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                failure = e;
                rollback.forEach(Runnable::run);
                throw e;
            }
        } finally {
            afterRollback.remove();
            lock.unlock();
            if (failure != null) {
                for (Runnable registered : undo) {
                    try {
                        registered.run();
                    } catch (RuntimeException e) {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
    }

    @Override
    public void afterRollback(Runnable work) {
        List<Runnable> undo = afterRollback.get();
        if (undo != null) undo.add(work);
    }
}
