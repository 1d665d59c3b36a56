package com.brewski.adapters.persistence;

import com.brewski.application.documents.Documents;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.documents.Document;
import com.brewski.domain.documents.DocumentMetadata;
import com.brewski.domain.documents.DocumentType;
import com.brewski.domain.identity.Team;
import com.brewski.domain.orders.Order;
import com.brewski.domain.orders.OrderStatus;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static com.brewski.adapters.persistence.OrdersFixture.T0;
import static com.brewski.adapters.persistence.OrdersFixture.TODAY;
import static com.brewski.adapters.persistence.OrdersFixture.at;
import static com.brewski.adapters.persistence.OrdersFixture.draft;
import static com.brewski.adapters.persistence.jooq.Tables.DOCUMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link Documents} port on PostgreSQL, and work registered to run after a rollback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqDocumentsTest {
    private OrdersFixture fx;
    private Documents documents;
    private Transactions tx;
    private Team team;
    private UUID client;
    private int numbers;

    @BeforeAll
    void openDatabase() {
        fx = new OrdersFixture();
        documents = new JooqDocumentStore(fx.persistence).documents();
        tx = fx.persistence.transactions();
        team = fx.team("Lantern Brewery");
        client = fx.client(team.id(), "The Crown", null);
    }

    private Order order() {
        return fx.stored(draft(team, client, "ORD-" + (++numbers), OrderStatus.DRAFT, TODAY, null, null, T0));
    }

    private Document document(Order order, DocumentType type, Instant at) {
        return Document.generated(UUID.randomUUID(), team.id(), type, order.id(),
                new DocumentMetadata(order.number(), at, 12345), at);
    }

    private void save(Document document) {
        tx.run(() -> documents.save(document));
    }

    @Test
    void saved_documents_read_back_invoice_first() {
        Order order = order();
        Document note = document(order, DocumentType.DELIVERY_NOTE, at(10));
        Document invoice = document(order, DocumentType.INVOICE, at(20));
        save(note);
        save(invoice);

        assertThat(documents.ofOrder(order.id())).containsExactly(invoice, note);
        assertThat(tx.inTransaction(() -> documents.lockedForOrder(order.id()))).containsExactly(invoice, note);
        assertThat(documents.ofOrder(order().id())).isEmpty();
        assertThat(fx.sql.select(DOCUMENTS.PAPER_SIZE, DOCUMENTS.FORMAT).from(DOCUMENTS)
                .where(DOCUMENTS.ID.eq(invoice.id())).fetchSingle().intoArray()).containsExactly("A4", "pdf");
    }

    @Test
    void a_new_document_replaces_the_order_s_previous_one_of_the_same_type() {
        Order order = order();
        Document first = document(order, DocumentType.INVOICE, at(10));
        Document note = document(order, DocumentType.DELIVERY_NOTE, at(10));
        save(first);
        save(note);
        Document second = new Document(UUID.randomUUID(), team.id(), DocumentType.INVOICE, order.id(), first.objectKey(),
                first.fileUrl(), new DocumentMetadata(order.number(), at(60), 0), at(60), at(60));

        save(second);

        assertThat(documents.ofOrder(order.id())).containsExactly(second, note);
        assertThat(fx.sql.fetchCount(DOCUMENTS, DOCUMENTS.RELATED_ID.eq(order.id()))).isEqualTo(2);
    }

    @Test
    void deleting_removes_the_given_rows_only() {
        Order order = order();
        Document invoice = document(order, DocumentType.INVOICE, at(10));
        Document note = document(order, DocumentType.DELIVERY_NOTE, at(10));
        save(invoice);
        save(note);

        tx.run(() -> documents.delete(List.of(invoice.id(), UUID.randomUUID())));
        tx.run(() -> documents.delete(List.of()));

        assertThat(documents.ofOrder(order.id())).containsExactly(note);
    }

    @Test
    void an_unknown_order_has_no_documents_to_lock() {
        assertThat(tx.inTransaction(() -> documents.lockedForOrder(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void locking_an_order_s_documents_makes_a_second_locker_wait_for_the_commit() throws Exception {
        Order order = order();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> tx.run(() -> {
                documents.lockedForOrder(order.id());
                locked.countDown();
                await(release);
                documents.save(document(order, DocumentType.INVOICE, at(30)));
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<List<Document>> second = threads.submit(() -> tx.inTransaction(() -> documents.lockedForOrder(order.id())));
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).extracting(Document::relatedType).containsExactly(DocumentType.INVOICE);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void work_registered_for_a_rollback_runs_after_it_outside_the_transaction() {
        Order order = order();
        Document invoice = document(order, DocumentType.INVOICE, at(10));
        save(invoice);
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> tx.run(() -> {
            documents.delete(List.of(invoice.id()));
            tx.afterRollback(() -> seen.add("rows after rollback: " + documents.ofOrder(order.id()).size()));
            tx.afterRollback(() -> tx.run(() -> documents.delete(List.of(invoice.id()))));
            throw new InvalidField("status", "refused");
        })).isInstanceOf(InvalidField.class);

        assertThat(seen).containsExactly("rows after rollback: 1"); // the rollback had restored the row
        assertThat(documents.ofOrder(order.id())).isEmpty();        // and the second work item removed it for good
    }

    @Test
    void work_registered_for_a_rollback_does_not_run_on_commit_and_nested_calls_register_with_the_outer_transaction() {
        List<String> seen = new ArrayList<>();
        tx.run(() -> tx.run(() -> tx.afterRollback(() -> seen.add("ran"))));
        assertThat(seen).isEmpty();

        assertThatThrownBy(() -> tx.run(() -> {
            tx.run(() -> tx.afterRollback(() -> seen.add("ran")));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(seen).containsExactly("ran");

        tx.afterRollback(() -> seen.add("outside any transaction"));
        assertThat(seen).containsExactly("ran");
    }

    @Test
    void a_failing_rollback_work_item_is_kept_as_suppressed_and_the_others_still_run() {
        List<String> seen = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> tx.run(() -> {
            tx.afterRollback(() -> { throw new IllegalArgumentException("undo failed"); });
            tx.afterRollback(() -> seen.add("second"));
            throw boom;
        })).isSameAs(boom);
        assertThat(boom.getSuppressed()).extracting(Throwable::getMessage).containsExactly("undo failed");
        assertThat(seen).containsExactly("second");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
