package com.brewski.application.documents;

import com.brewski.application.clients.Clients;
import com.brewski.application.identity.Caller;
import com.brewski.application.identity.TeamAccess;
import com.brewski.application.identity.Teams;
import com.brewski.application.orders.OrderView;
import com.brewski.application.orders.Orders;
import com.brewski.application.shared.Ids;
import com.brewski.application.shared.ObjectStore;
import com.brewski.application.shared.Transactions;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.documents.Document;
import com.brewski.domain.documents.DocumentMetadata;
import com.brewski.domain.documents.DocumentType;
import com.brewski.domain.identity.Team;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Invoices and delivery notes of an order, for the members of its team. A generation runs in one
 * transaction with the order's row locked: it reads the order, renders the PDF, stores it under the
 * order's key for that type (replacing the previous object) and only then replaces the row. A storage
 * failure is {@link com.brewski.domain.shared.Unavailable} (502) and rolls the transaction back, so
 * the previous row stays as it was and still points at an object. Without configured storage the
 * PDF is answered inline and nothing is recorded.
 */
public final class ManageDocuments {
    /** Where the QR code printed on every document leads. */
    public static final String QR_LINK = "https://indiebrewer.com";

    private final Documents documents;
    private final DocumentRenderer renderer;
    private final ObjectStore objects;
    private final Orders orders;
    private final Teams teams;
    private final Clients clients;
    private final TeamAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public ManageDocuments(Documents documents, DocumentRenderer renderer, ObjectStore objects, Orders orders,
                           Teams teams, Clients clients, TeamAccess access, Transactions transactions, Clock clock,
                           Ids ids) {
        this.documents = documents;
        this.renderer = renderer;
        this.objects = objects;
        this.orders = orders;
        this.teams = teams;
        this.clients = clients;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** What a generation answers: the stored document, or — storage not configured — the PDF itself. */
    public sealed interface Generated permits Stored, Inline {}

    public record Stored(Document document) implements Generated {}

    public record Inline(byte[] pdf) implements Generated {
        public String mimeType() {
            return Document.CONTENT_TYPE;
        }
    }

    public Generated generateInvoice(Caller caller, UUID orderId) {
        return generate(caller, orderId, DocumentType.INVOICE);
    }

    public Generated generateDeliveryNote(Caller caller, UUID orderId) {
        return generate(caller, orderId, DocumentType.DELIVERY_NOTE);
    }

    /** The order's current documents (none after any change to the order). */
    public List<Document> list(Caller caller, UUID orderId) {
        return transactions.inTransaction(() -> {
            OrderView order = orders.view(orderId, today()).orElseThrow(ManageDocuments::notFound);
            access.requireMembership(caller, order.header().teamId());
            return documents.ofOrder(orderId);
        });
    }

    /** A document's PDF, as stored. */
    public record DocumentFile(byte[] content, String contentType, String fileName) {}

    /**
     * The PDF of one of the order's current documents, for the members of the order's team (as for
     * {@link #list}: group partners do not read the seller's invoices, which hold its payment ledger).
     * A document that is not the order's current one, or whose object is gone, is not found.
     */
    public DocumentFile file(Caller caller, UUID orderId, UUID documentId) {
        Document document = transactions.inTransaction(() -> {
            OrderView order = orders.view(orderId, today()).orElseThrow(ManageDocuments::notFound);
            access.requireMembership(caller, order.header().teamId());
            return documents.ofOrder(orderId).stream().filter(d -> d.id().equals(documentId)).findFirst()
                    .orElseThrow(ManageDocuments::documentNotFound);
        });
        ObjectStore.StoredObject object = objects.get(document.objectKey()).orElseThrow(ManageDocuments::documentNotFound);
        return new DocumentFile(object.content(), Document.CONTENT_TYPE, document.fileName());
    }

    private static NotFound documentNotFound() {
        return new NotFound("Document not found");
    }

    private Generated generate(Caller caller, UUID orderId, DocumentType type) {
        return transactions.inTransaction(() -> {
            documents.lockedForOrder(orderId); // changes to the order, and their invalidation, wait for this
            OrderView order = orders.view(orderId, today()).orElseThrow(ManageDocuments::notFound);
            TeamId teamId = order.header().teamId();
            access.requireMembership(caller, teamId);
            Team team = teams.byId(teamId).orElseThrow(() -> new NotFound("Team not found"));
            Client client = clients.byId(order.header().clientId()).orElseThrow(() -> new NotFound("Client not found"));
            List<DeliverySite> sites = clients.sites(client.id());
            byte[] logo = team.logoKey().flatMap(objects::get).map(ObjectStore.StoredObject::content).orElse(null);
            Instant now = clock.instant();
            byte[] pdf = switch (type) {
                case INVOICE -> renderer.invoice(Paperwork.invoice(order, team, client, sites, logo, order.ledger(), QR_LINK));
                case DELIVERY_NOTE -> renderer.deliveryNote(Paperwork.deliveryNote(order, team, client, sites, logo, QR_LINK));
            };
            if (!objects.configured()) return new Inline(pdf);
            // the object first: if storing fails nothing else has changed, and the row saved after it
            // always points at an object that exists. Its public URL is not used: documents are private.
            objects.put(Document.keyFor(teamId, orderId, type), pdf, Document.CONTENT_TYPE);
            Document document = Document.generated(ids.newId(), teamId, type, orderId,
                    new DocumentMetadata(order.header().number(), now, order.header().remainingMinor()), now);
            documents.save(document);
            return new Stored(document);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static NotFound notFound() {
        return new NotFound("Order not found");
    }
}
