package com.brewski.application.testing;

/**
 * An in-memory store that {@link InMemoryTransactions} can put back as it was when a transaction
 * began, so that a use case that fails half-way leaves nothing behind, as a database rollback would.
 */
public interface InMemoryStore {
    /** Copies the store's state now; running the answer puts that state back. */
    Runnable snapshot();
}
