package com.brewski.application.documents;

import com.brewski.application.identity.Caller;
import com.brewski.application.testing.InMemoryObjectStore;
import com.brewski.domain.clients.Address;
import com.brewski.domain.clients.Client;
import com.brewski.domain.clients.DeliverySite;
import com.brewski.domain.documents.Document;
import com.brewski.domain.documents.DocumentType;
import com.brewski.domain.identity.OperatingMode;
import com.brewski.domain.identity.PaymentTermsUnit;
import com.brewski.domain.identity.TeamId;
import com.brewski.domain.identity.TeamSettings;
import com.brewski.domain.orders.Order;
import com.brewski.domain.payments.Payment;
import com.brewski.domain.payments.PaymentKind;
import com.brewski.domain.payments.PaymentMethod;
import com.brewski.domain.shared.Forbidden;
import com.brewski.domain.shared.NotFound;
import com.brewski.domain.shared.Unavailable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManageDocumentsTest {
    private final DocumentsFixture f = new DocumentsFixture();

    private Document stored(ManageDocuments.Generated generated) {
        assertThat(generated).isInstanceOf(ManageDocuments.Stored.class);
        return ((ManageDocuments.Stored) generated).document();
    }

    @Test
    void an_invoice_is_stored_at_the_order_s_key_and_recorded_with_its_metadata() {
        Order order = f.order();
        f.payments.insert(new Payment(UUID.randomUUID(), order.id(), f.team.id(), PaymentKind.PAYMENT, 5000,
                PaymentMethod.CARD, null, Instant.parse("2025-03-02T10:00:00Z"), Instant.parse("2025-03-02T10:00:00Z")));

        Document document = stored(f.manageDocuments.generateInvoice(f.owner, order.id()));

        String key = "documents/orders/" + f.team.id().value() + "/" + order.id() + "/invoice.pdf";
        assertThat(document.relatedType()).isEqualTo(DocumentType.INVOICE);
        assertThat(document.relatedId()).isEqualTo(order.id());
        assertThat(document.objectKey()).isEqualTo(key);
        assertThat(document.fileUrl()).isEqualTo("/orders/" + order.id() + "/documents/" + document.id() + "/file");
        assertThat(document.metadata().invoiceNumber()).isEqualTo(order.number());
        assertThat(document.metadata().generatedAt()).isEqualTo(f.identity.clock.instant());
        assertThat(document.metadata().outstandingMinor()).isEqualTo(order.totalMinor() - 5000);
        assertThat(new String(f.objects.get(key).orElseThrow().content())).startsWith("%PDF invoice " + order.number());
        assertThat(f.objects.get(key).orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThat(f.manageDocuments.list(f.owner, order.id())).containsExactly(document);
    }

    @Test
    void the_invoice_prints_billing_details_every_line_the_ledger_and_the_terms() {
        Order order = f.order();
        f.payments.insert(new Payment(UUID.randomUUID(), order.id(), f.team.id(), PaymentKind.PAYMENT, 5000,
                PaymentMethod.BANK_TRANSFER, "REF-1", Instant.parse("2025-03-02T10:00:00Z"), Instant.parse("2025-03-02T10:00:00Z")));
        f.payments.insert(new Payment(UUID.randomUUID(), order.id(), f.team.id(), PaymentKind.REFUND, 1000,
                PaymentMethod.CARD, null, Instant.parse("2025-03-03T10:00:00Z"), Instant.parse("2025-03-03T10:00:00Z")));

        f.manageDocuments.generateInvoice(f.owner, order.id());

        InvoiceData invoice = f.renderer.invoices.getFirst();
        assertThat(invoice.seller().displayName()).isEqualTo("Lantern Brewing Ltd");
        assertThat(invoice.seller().vatNumber()).isEqualTo("GB123456789");
        assertThat(invoice.seller().logoPng()).isNull();
        assertThat(invoice.invoiceNumber()).isEqualTo(order.number());
        assertThat(invoice.issueDate()).hasToString("2025-03-01");
        assertThat(invoice.dueDate()).hasToString("2025-03-31");
        assertThat(invoice.billTo().addressLines()).containsExactly("Accounts, 9 Mill Lane", "Bath", "BA1 1AA");
        assertThat(invoice.deliverTo().addressLines()).containsExactly("1 High St", "Bristol", "BS1 4DJ", "UK");
        assertThat(invoice.clientAwrsNumber()).isEqualTo("XAW00000000001");
        assertThat(invoice.dutySuspense()).isTrue();
        assertThat(invoice.lines()).hasSize(2);
        InvoiceData.Line keg = invoice.lines().getFirst();
        assertThat(keg.quantity()).isEqualByComparingTo("2");
        assertThat(keg.unitPriceMinor()).isEqualTo(6000);
        assertThat(keg.taxRatePercent()).isEqualByComparingTo("20");
        assertThat(keg.lineTotalMinor()).isEqualTo(14400);
        InvoiceData.Line glass = invoice.lines().get(1);
        assertThat(glass.discountPercent()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(glass.discountMinor()).isEqualTo(100);
        assertThat(glass.lineTotalMinor()).isEqualTo(900);
        assertThat(invoice.itemsNetMinor()).isEqualTo(12900);
        assertThat(invoice.shipping().amountMinor()).isEqualTo(500);
        assertThat(invoice.subtotalMinor()).isEqualTo(13400);
        assertThat(invoice.taxTotalMinor()).isEqualTo(2400);
        assertThat(invoice.totalMinor()).isEqualTo(15800);
        assertThat(invoice.payments()).extracting(InvoiceData.Payment::signedAmountMinor).containsExactly(5000L, -1000L);
        assertThat(invoice.payments()).extracting(InvoiceData.Payment::runningBalanceMinor).containsExactly(5000L, 4000L);
        assertThat(invoice.netPaidMinor()).isEqualTo(4000);
        assertThat(invoice.outstandingMinor()).isEqualTo(11800);
        assertThat(invoice.paymentDetails()).isEqualTo("Sort code 12-34-56, account 12345678");
        assertThat(invoice.paymentTerms()).isEqualTo("Payment is due within 30 days of the invoice date.");
        assertThat(invoice.link()).isEqualTo("https://indiebrewer.com");
    }

    @Test
    void goods_go_to_the_client_s_first_delivery_site_when_it_has_one() {
        Order order = f.order();
        Instant now = f.identity.clock.instant();
        f.clients.insertSite(new DeliverySite(UUID.randomUUID(), f.client.id(), "Cellar door",
                new Address("Back Lane", null, "Bristol", null, "BS1 5AA", null), "Ring the bell", now, now));

        f.manageDocuments.generateDeliveryNote(f.owner, order.id());

        DeliveryNoteData note = f.renderer.notes.getFirst();
        assertThat(note.deliverTo().addressLines()).containsExactly("Cellar door", "Back Lane", "Bristol", "BS1 5AA", "Ring the bell");
        assertThat(note.billTo().addressLines()).containsExactly("Accounts, 9 Mill Lane", "Bath", "BA1 1AA");
        assertThat(note.dispatchStatus()).isEqualTo("Pending");
        assertThat(note.lines()).extracting(DeliveryNoteData.Line::description).containsExactly("Lantern Pils 30L Keg", "Glassware");
        assertThat(note.link()).isEqualTo("https://indiebrewer.com");
    }

    @Test
    void a_new_generation_replaces_the_previous_row_and_object_of_that_type_only() {
        Order order = f.order();
        Document firstInvoice = stored(f.manageDocuments.generateInvoice(f.owner, order.id()));
        Document note = stored(f.manageDocuments.generateDeliveryNote(f.owner, order.id()));
        f.identity.clock.advance(Duration.ofMinutes(5));

        Document secondInvoice = stored(f.manageDocuments.generateInvoice(f.owner, order.id()));

        assertThat(secondInvoice.id()).isNotEqualTo(firstInvoice.id());
        assertThat(secondInvoice.objectKey()).isEqualTo(firstInvoice.objectKey());
        assertThat(f.manageDocuments.list(f.owner, order.id())).containsExactly(secondInvoice, note);
        assertThat(new String(f.objects.get(secondInvoice.objectKey()).orElseThrow().content())).endsWith("#2");
        assertThat(note.objectKey()).endsWith("/delivery-note.pdf");
    }

    @Test
    void a_storage_failure_is_unavailable_and_leaves_the_previous_document_as_it_was() {
        Order order = f.order();
        Document first = stored(f.manageDocuments.generateInvoice(f.owner, order.id()));
        f.objects.failPuts(true);

        assertThatThrownBy(() -> f.manageDocuments.generateInvoice(f.owner, order.id())).isInstanceOf(Unavailable.class);

        assertThat(f.documents.all()).containsExactly(first);
        assertThat(new String(f.objects.get(first.objectKey()).orElseThrow().content())).endsWith("#1");
    }

    @Test
    void without_configured_storage_the_pdf_comes_back_inline_and_nothing_is_recorded() {
        DocumentsFixture unconfigured = new DocumentsFixture(InMemoryObjectStore.notConfigured());
        Order order = unconfigured.order();

        ManageDocuments.Generated generated = unconfigured.manageDocuments.generateInvoice(unconfigured.owner, order.id());

        assertThat(generated).isInstanceOf(ManageDocuments.Inline.class);
        ManageDocuments.Inline inline = (ManageDocuments.Inline) generated;
        assertThat(new String(inline.pdf())).startsWith("%PDF invoice " + order.number());
        assertThat(inline.mimeType()).isEqualTo("application/pdf");
        assertThat(unconfigured.documents.all()).isEmpty();
        assertThat(unconfigured.objects.all()).isEmpty();
    }

    @Test
    void the_team_s_logo_is_printed_when_it_has_one() {
        Order order = f.order();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        f.objects.put("logos/lantern.png", png, "image/png");
        f.team.changeLogo("logos/lantern.png", f.identity.clock.instant());
        f.identity.teams.update(f.team);

        f.manageDocuments.generateInvoice(f.owner, order.id());
        f.manageDocuments.generateDeliveryNote(f.owner, order.id());

        assertThat(f.renderer.invoices.getFirst().seller().logoPng()).isEqualTo(png);
        assertThat(f.renderer.notes.getFirst().seller().logoPng()).isEqualTo(png);
    }

    @Test
    void only_members_of_the_order_s_team_generate_or_list_its_documents() {
        Order order = f.order();
        Caller outsider = f.caller("other@hop.example");
        f.identity.manageTeams.create(outsider, "Hop Co", DocumentsFixture.billing());

        assertThatThrownBy(() -> f.manageDocuments.generateInvoice(outsider, order.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageDocuments.generateDeliveryNote(outsider, order.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageDocuments.list(outsider, order.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.manageDocuments.generateInvoice(f.owner, UUID.randomUUID()))
                .isInstanceOf(NotFound.class).hasMessage("Order not found");
        assertThat(f.documents.all()).isEmpty();
        assertThat(f.renderer.invoices).isEmpty();
    }

    @Test
    void payment_terms_fall_back_from_invoice_terms_to_the_default_terms() {
        TeamSettings defaults = f.team.settings();
        assertThat(Paperwork.paymentTerms(defaults)).isEqualTo("Payment is due within 30 days of the invoice date.");
        TeamSettings weekly = new TeamSettings("Lantern", "£", "en-GB", false, null, null, null, null, null,
                1, PaymentTermsUnit.WEEKS, Map.of(), null, null, OperatingMode.BREWERY);
        assertThat(Paperwork.paymentTerms(weekly)).isEqualTo("Payment is due within 1 week of the invoice date.");
        TeamSettings onReceipt = new TeamSettings("Lantern", "£", "en-GB", false, null, null, null, null, null,
                0, PaymentTermsUnit.DAYS, Map.of(), null, null, OperatingMode.BREWERY);
        assertThat(Paperwork.paymentTerms(onReceipt)).isEqualTo("Payment is due on receipt.");
        TeamSettings written = new TeamSettings("Lantern", "£", "en-GB", false, null, null, null, null,
                "Net 14. Late payments incur interest.", 1, PaymentTermsUnit.WEEKS, Map.of(), null, null, OperatingMode.BREWERY);
        assertThat(Paperwork.paymentTerms(written)).isEqualTo("Net 14. Late payments incur interest.");
    }

    @Test
    void documents_of_other_teams_orders_are_not_listed() {
        Order mine = f.order();
        Caller other = f.caller("other@hop.example");
        TeamId otherTeam = f.identity.manageTeams.create(other, "Hop Co", DocumentsFixture.billing()).team().id();
        Client theirClient = new Client(UUID.randomUUID(), otherTeam, "Their pub", null, null,
                null, null, null, null, null, f.identity.clock.instant(), f.identity.clock.instant());
        f.clients.add(theirClient);
        Order theirs = f.order(otherTeam, theirClient);
        stored(f.manageDocuments.generateInvoice(other, theirs.id()));

        assertThat(f.manageDocuments.list(f.owner, mine.id())).isEmpty();
        assertThat(f.manageDocuments.list(other, theirs.id())).hasSize(1);
    }
}
