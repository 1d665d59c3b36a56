package com.brewski.application.shared;

import java.util.function.Supplier;

/**
 * Runs one use case in one database transaction. A call made while a transaction is open joins it.
 * A {@link com.brewski.domain.shared.DomainException} or any other exception rolls back.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Registers work to run if the transaction open on this thread rolls back (or fails to commit),
     * once it has ended and outside it: how a use case undoes a side effect it has already made
     * outside the database (a stored object, a deleted one) when its database changes do not
     * happen. The work may open a transaction of its own; its failure is logged, never thrown.
     * Implementations that cannot roll back (in-memory ones) may ignore it.
     */
    default void afterRollback(Runnable work) {
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
