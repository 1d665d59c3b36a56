package com.brewski.application.shared;

import java.util.function.Supplier;

/**
 * Runs one use case in one database transaction. A call made while a transaction is open joins it.
 * A {@link com.brewski.domain.shared.DomainException} or any other exception rolls back.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
