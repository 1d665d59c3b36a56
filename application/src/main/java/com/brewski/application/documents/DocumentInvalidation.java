package com.brewski.application.documents;

import com.brewski.application.orders.OrderDocuments;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.documents.Document;
import com.brewski.domain.identity.TeamId;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Discards an order's invoice and delivery note when the order is about to change: called by every
 * mutating order use case inside its transaction, before the change. The order's row is locked (so
 * a generation in flight finishes first, or waits for the change), each object is deleted from
 * storage, then the rows. A storage failure is {@link com.brewski.domain.shared.Unavailable} (502)
 * and rolls the whole change back. Should the transaction roll back after an object is gone (the
 * change is refused, a later object fails, the commit fails), the rows of the deleted objects are
 * removed in a transaction of their own, so no row is left pointing at a missing object.
 */
public final class DocumentInvalidation implements OrderDocuments {
    private final Documents documents;
    private final ObjectStore objects;
    private final Transactions transactions;

    public DocumentInvalidation(Documents documents, ObjectStore objects, Transactions transactions) {
        this.documents = documents;
        this.objects = objects;
        this.transactions = transactions;
    }

    @Override
    public void orderChanged(TeamId teamId, UUID orderId) {
        List<Document> current = documents.lockedForOrder(orderId);
        if (current.isEmpty()) return;
        List<UUID> objectGone = new ArrayList<>();
        transactions.afterRollback(() -> {
            if (!objectGone.isEmpty()) transactions.run(() -> documents.delete(objectGone));
        });
        for (Document document : current) {
            objects.delete(document.objectKey());
            objectGone.add(document.id());
        }
        documents.delete(objectGone);
    }
}
