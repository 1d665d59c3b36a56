package com.brewski.adapters.persistence;

import com.brewski.application.documents.Documents;

/**
 * The PostgreSQL implementation of the documents port ({@link Documents}), running in the
 * transactions of the {@link JooqPersistence} it is made from.
 */
public final class JooqDocumentStore {
    private final Documents documents;

    public JooqDocumentStore(JooqPersistence persistence) {
        this.documents = new JooqDocuments(persistence.jooqTransactions());
    }

    public Documents documents() { return documents; }
}
