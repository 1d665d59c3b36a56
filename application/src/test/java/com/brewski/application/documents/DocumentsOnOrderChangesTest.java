package com.brewski.application.documents;

import com.brewski.application.identity.Caller;
import com.brewski.application.orders.ManageOrders;
import com.brewski.application.orders.OrderView;
import com.brewski.application.payments.ManagePayments;
import com.brewski.application.testing.InMemoryDocuments;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.application.testing.OrderInputs;
import com.brewski.application.testing.TradeFixture;
import com.brewski.domain.documents.Document;
import com.brewski.domain.identity.Team;
import com.brewski.domain.orders.DispatchStatus;
import com.brewski.domain.payments.PaymentMethod;
import com.brewski.domain.shared.InvalidField;
import com.brewski.domain.shared.Unavailable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order use cases wired with {@link DocumentInvalidation} on the in-memory trade ports (which
 * roll back with a failed use case): documents go with every change, stay with a change that
 * storage refuses, and leave no row behind when the order itself refuses a change.
 */
class DocumentsOnOrderChangesTest {
    private final TradeFixture t = new TradeFixture();
    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final InMemoryObjectStore objects = new InMemoryObjectStore();
    private final DocumentInvalidation invalidation = new DocumentInvalidation(documents, objects, t.transactions);
    private final ManageDocuments manageDocuments = new ManageDocuments(documents, new DocumentsFixture.RecordingRenderer(),
            objects, t.orders, t.teams, t.clients, t.access, t.transactions, t.clock, t.ids);
    private final ManageOrders orders = new ManageOrders(t.orders, t.shippingRules, t.clients, t.beers, t.containers,
            t.multipacks, t.pricebooks, t.groups, invalidation, t.deposits, t.teams, t.access, t.transactions, t.clock, t.ids);
    private final ManagePayments payments = new ManagePayments(t.orders, t.payments, t.deposits, invalidation, t.access,
            t.transactions, t.clock, t.ids);
    private final Caller owner = t.user("owner@lantern.example");
    private final Team team = t.team(owner, "Lantern Brewery");
    private final OrderView order = t.order(owner, team.id(), t.client(owner, team.id(), "The Crown").id());

    {
        t.transactions.enlist(documents);
        orders.addItem(owner, order.header().id(), OrderInputs.customLine("Keg", "2", 6000, "20"));
    }

    private UUID orderId() {
        return order.header().id();
    }

    private List<Document> generateBoth() {
        manageDocuments.generateInvoice(owner, orderId());
        manageDocuments.generateDeliveryNote(owner, orderId());
        List<Document> current = manageDocuments.list(owner, orderId());
        assertThat(current).hasSize(2);
        return current;
    }

    private void assertGone(List<Document> before) {
        assertThat(manageDocuments.list(owner, orderId())).isEmpty();
        for (Document d : before) assertThat(objects.contains(d.objectKey())).isFalse();
    }

    @Test
    void changes_through_the_order_use_cases_delete_the_documents() {
        List<Document> before = generateBoth();
        orders.dispatch(owner, orderId(), DispatchStatus.PACKED);
        assertGone(before);

        before = generateBoth();
        payments.record(owner, orderId(), new ManagePayments.NewPayment(null, 1000L, PaymentMethod.CARD, null, null, null));
        assertGone(before);
    }

    @Test
    void a_change_the_order_refuses_leaves_neither_the_change_nor_a_row_without_its_object() {
        List<Document> before = generateBoth();

        assertThatThrownBy(() -> orders.update(owner, orderId(), OrderInputs.update()
                .issueDate(LocalDate.parse("2025-03-10")).dueDate(LocalDate.parse("2025-03-01")).notes("changed").build()))
                .isInstanceOf(InvalidField.class);

        assertGone(before);
        assertThat(orders.get(owner, orderId()).notes()).isNull();
    }

    @Test
    void a_payment_refused_for_too_much_deposit_credit_is_not_recorded_and_its_documents_are_gone() {
        List<Document> before = generateBoth();

        assertThatThrownBy(() -> payments.record(owner, orderId(),
                new ManagePayments.NewPayment(null, 1000L, PaymentMethod.CARD, null, null, 5000L)))
                .isInstanceOf(InvalidField.class);

        assertGone(before);
        assertThat(orders.get(owner, orderId()).payments()).isEmpty();
    }

    @Test
    void when_storage_cannot_delete_the_documents_the_change_does_not_happen() {
        List<Document> before = generateBoth();
        objects.failDeletes(true);

        assertThatThrownBy(() -> orders.dispatch(owner, orderId(), DispatchStatus.DISPATCHED)).isInstanceOf(Unavailable.class);

        assertThat(orders.get(owner, orderId()).header().dispatchStatus()).isEqualTo(DispatchStatus.PENDING);
        assertThat(manageDocuments.list(owner, orderId())).containsExactlyElementsOf(before);
        for (Document d : before) assertThat(objects.contains(d.objectKey())).isTrue();
    }
}
