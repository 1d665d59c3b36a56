package com.brewski.application.documents;

import com.brewski.domain.documents.Document;
import com.brewski.domain.orders.Order;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Unavailable;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentInvalidationTest {
    private final DocumentsFixture f = new DocumentsFixture();
    private final Order order = f.order();
    private final Document invoice = generated(f.manageDocuments.generateInvoice(f.owner, order.id()));
    private final Document note = generated(f.manageDocuments.generateDeliveryNote(f.owner, order.id()));

    private static Document generated(ManageDocuments.Generated generated) {
        return ((ManageDocuments.Stored) generated).document();
    }

    /** A mutating use case: discards the documents, then applies its change (here: a flag). */
    private void change(AtomicBoolean applied, Runnable after) {
        f.transactions.run(() -> {
            f.invalidation.orderChanged(order.teamId(), order.id());
            applied.set(true);
            after.run();
        });
    }

    @Test
    void a_change_deletes_the_order_s_documents_objects_and_rows() {
        Order other = f.order();
        Document otherInvoice = generated(f.manageDocuments.generateInvoice(f.owner, other.id()));
        AtomicBoolean applied = new AtomicBoolean();

        change(applied, () -> { });

        assertThat(applied).isTrue();
        assertThat(f.objects.contains(invoice.objectKey())).isFalse();
        assertThat(f.objects.contains(note.objectKey())).isFalse();
        assertThat(f.manageDocuments.list(f.owner, order.id())).isEmpty();
        assertThat(f.documents.all()).containsExactly(otherInvoice);
        assertThat(f.objects.contains(otherInvoice.objectKey())).isTrue();
    }

    @Test
    void an_order_without_documents_needs_no_storage() {
        Order bare = f.order();
        f.objects.failDeletes(true);
        f.transactions.run(() -> f.invalidation.orderChanged(bare.teamId(), bare.id()));
        assertThat(f.documents.all()).containsExactlyInAnyOrder(invoice, note);
    }

    @Test
    void a_storage_failure_refuses_the_change_and_keeps_the_documents() {
        f.objects.failDeletes(true);
        AtomicBoolean applied = new AtomicBoolean();

        assertThatThrownBy(() -> change(applied, () -> { })).isInstanceOf(Unavailable.class);

        assertThat(applied).isFalse();
        assertThat(f.documents.all()).containsExactlyInAnyOrder(invoice, note);
        assertThat(f.objects.contains(invoice.objectKey())).isTrue();
        assertThat(f.objects.contains(note.objectKey())).isTrue();
    }

    @Test
    void when_the_second_object_fails_only_the_row_of_the_deleted_one_goes() {
        f.objects.failDeletesOf("delivery-note.pdf");
        AtomicBoolean applied = new AtomicBoolean();

        assertThatThrownBy(() -> change(applied, () -> { })).isInstanceOf(Unavailable.class);

        assertThat(applied).isFalse();
        assertThat(f.objects.contains(invoice.objectKey())).isFalse();
        assertThat(f.documents.all()).containsExactly(note);
        assertThat(f.objects.contains(note.objectKey())).isTrue();
    }

    @Test
    void a_change_refused_after_the_objects_are_gone_leaves_no_row_pointing_at_them() {
        AtomicBoolean applied = new AtomicBoolean();

        assertThatThrownBy(() -> change(applied, () -> {
            throw new InvalidField("status", "refused by the domain");
        })).isInstanceOf(InvalidField.class);

        assertThat(f.documents.all()).isEmpty();
        assertThat(f.objects.contains(invoice.objectKey())).isFalse();
    }

    @Test
    void documents_generated_after_a_change_are_kept() {
        change(new AtomicBoolean(), () -> { });
        Document fresh = generated(f.manageDocuments.generateInvoice(f.owner, order.id()));
        assertThat(f.documents.all()).containsExactly(fresh);
        assertThat(f.objects.contains(fresh.objectKey())).isTrue();
    }
}
