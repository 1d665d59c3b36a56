package com.brewski.adapters.persistence;

import com.brewski.adapters.persistence.jooq.tables.records.DocumentsRecord;
import com.brewski.application.documents.Documents;
import com.brewski.domain.documents.Document;
import com.brewski.domain.documents.DocumentMetadata;
import com.brewski.domain.documents.DocumentType;
import com.brewski.domain.identity.TeamId;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.brewski.adapters.persistence.jooq.Tables.DOCUMENTS;
import static com.brewski.adapters.persistence.jooq.Tables.ORDERS;
import static org.jooq.impl.DSL.excluded;

/** Generated order documents in {@code documents}, one row per order and type. */
final class JooqDocuments implements Documents {
    private final JooqTransactions transactions;

    JooqDocuments(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Two statements, on purpose: the lock first, then the read. A read joined to the locking
     * statement would, after waiting for the lock, still see the documents as they were when it
     * started (PostgreSQL re-checks only the locked row), and miss the one the lock holder inserted.
     * The lock is the one the order use cases take ({@code FOR NO KEY UPDATE}): it queues behind
     * them and they behind it, while inserts that only reference the order pass their key checks.
     */
    @Override
    public List<Document> lockedForOrder(UUID orderId) {
        boolean exists = transactions.dsl().select(ORDERS.ID).from(ORDERS).where(ORDERS.ID.eq(orderId))
                .forNoKeyUpdate().fetchOptional().isPresent();
        return exists ? ofOrder(orderId) : List.of();
    }

    /** 'invoice' sorts after 'delivery_note': descending puts the invoice first. */
    @Override
    public List<Document> ofOrder(UUID orderId) {
        return transactions.dsl().selectFrom(DOCUMENTS)
                .where(DOCUMENTS.RELATED_ID.eq(orderId))
                .orderBy(DOCUMENTS.RELATED_TYPE.desc())
                .fetch(JooqDocuments::toDocument);
    }

    /** An upsert on (related_id, related_type): the new document takes the place of the old one, id included. */
    @Override
    public void save(Document d) {
        transactions.dsl().insertInto(DOCUMENTS)
                .set(DOCUMENTS.ID, d.id())
                .set(DOCUMENTS.TEAM_ID, d.teamId().value())
                .set(DOCUMENTS.RELATED_TYPE, d.relatedType().wire())
                .set(DOCUMENTS.RELATED_ID, d.relatedId())
                .set(DOCUMENTS.OBJECT_KEY, d.objectKey())
                .set(DOCUMENTS.FILE_URL, d.fileUrl())
                .set(DOCUMENTS.PAPER_SIZE, d.paperSize())
                .set(DOCUMENTS.FORMAT, d.format())
                .set(DOCUMENTS.INVOICE_NUMBER, d.metadata().invoiceNumber())
                .set(DOCUMENTS.GENERATED_AT, d.metadata().generatedAt())
                .set(DOCUMENTS.OUTSTANDING_MINOR, d.metadata().outstandingMinor())
                .set(DOCUMENTS.CREATED_AT, d.createdAt())
                .set(DOCUMENTS.UPDATED_AT, d.updatedAt())
                .onConflict(DOCUMENTS.RELATED_ID, DOCUMENTS.RELATED_TYPE).doUpdate()
                .set(DOCUMENTS.ID, excluded(DOCUMENTS.ID))
                .set(DOCUMENTS.TEAM_ID, excluded(DOCUMENTS.TEAM_ID))
                .set(DOCUMENTS.OBJECT_KEY, excluded(DOCUMENTS.OBJECT_KEY))
                .set(DOCUMENTS.FILE_URL, excluded(DOCUMENTS.FILE_URL))
                .set(DOCUMENTS.PAPER_SIZE, excluded(DOCUMENTS.PAPER_SIZE))
                .set(DOCUMENTS.FORMAT, excluded(DOCUMENTS.FORMAT))
                .set(DOCUMENTS.INVOICE_NUMBER, excluded(DOCUMENTS.INVOICE_NUMBER))
                .set(DOCUMENTS.GENERATED_AT, excluded(DOCUMENTS.GENERATED_AT))
                .set(DOCUMENTS.OUTSTANDING_MINOR, excluded(DOCUMENTS.OUTSTANDING_MINOR))
                .set(DOCUMENTS.CREATED_AT, excluded(DOCUMENTS.CREATED_AT))
                .set(DOCUMENTS.UPDATED_AT, excluded(DOCUMENTS.UPDATED_AT))
                .execute();
    }

    @Override
    public void delete(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) return;
        transactions.dsl().deleteFrom(DOCUMENTS).where(DOCUMENTS.ID.in(documentIds)).execute();
    }

    private static Document toDocument(DocumentsRecord r) {
        return new Document(r.getId(), new TeamId(r.getTeamId()), DocumentType.parse("relatedType", r.getRelatedType()),
                r.getRelatedId(), r.getObjectKey(), r.getFileUrl(),
                new DocumentMetadata(r.getInvoiceNumber(), r.getGeneratedAt(), r.getOutstandingMinor()),
                r.getCreatedAt(), r.getUpdatedAt());
    }
}
