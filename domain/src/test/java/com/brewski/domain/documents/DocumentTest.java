package com.brewski.domain.documents;

import com.brewski.domain.identity.TeamId;
import com.brewski.domain.shared.InvalidField;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTest {
    private static final TeamId TEAM = new TeamId(UUID.fromString("d43c046a-10a1-4f52-bd0a-9bf16f828ab7"));
    private static final UUID ORDER = UUID.fromString("709f31fc-9371-4e7b-a41c-0eb4e7d5d7fa");
    private static final Instant NOW = Instant.parse("2025-03-04T10:15:33.123Z");
    private static final DocumentMetadata METADATA = new DocumentMetadata("INV-2025-001", NOW, 74000);

    @Test
    void keys_follow_the_contract_for_each_type() {
        assertThat(Document.keyFor(TEAM, ORDER, DocumentType.INVOICE))
                .isEqualTo("documents/orders/d43c046a-10a1-4f52-bd0a-9bf16f828ab7/709f31fc-9371-4e7b-a41c-0eb4e7d5d7fa/invoice.pdf");
        assertThat(Document.keyFor(TEAM, ORDER, DocumentType.DELIVERY_NOTE))
                .isEqualTo("documents/orders/d43c046a-10a1-4f52-bd0a-9bf16f828ab7/709f31fc-9371-4e7b-a41c-0eb4e7d5d7fa/delivery-note.pdf");
    }

    @Test
    void a_generated_document_is_an_a4_pdf_at_its_key_created_and_updated_now() {
        UUID id = UUID.randomUUID();
        Document document = Document.generated(id, TEAM, DocumentType.INVOICE, ORDER, METADATA, NOW);
        assertThat(document.objectKey()).endsWith("/invoice.pdf");
        assertThat(document.fileUrl()).isEqualTo("/orders/" + ORDER + "/documents/" + id + "/file");
        assertThat(document.fileName()).isEqualTo("invoice.pdf");
        assertThat(document.paperSize()).isEqualTo("A4");
        assertThat(document.format()).isEqualTo("pdf");
        assertThat(document.createdAt()).isEqualTo(NOW);
        assertThat(document.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void a_document_cannot_point_at_another_order_s_key() {
        String otherKey = Document.keyFor(TEAM, UUID.randomUUID(), DocumentType.INVOICE);
        assertThatThrownBy(() -> new Document(UUID.randomUUID(), TEAM, DocumentType.INVOICE, ORDER, otherKey,
                "https://cdn/x.pdf", METADATA, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
        String noteKey = Document.keyFor(TEAM, ORDER, DocumentType.DELIVERY_NOTE);
        assertThatThrownBy(() -> new Document(UUID.randomUUID(), TEAM, DocumentType.INVOICE, ORDER, noteKey,
                "https://cdn/x.pdf", METADATA, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void related_types_read_and_write_their_wire_names() {
        assertThat(DocumentType.parse("relatedType", "delivery_note")).isEqualTo(DocumentType.DELIVERY_NOTE);
        assertThat(DocumentType.INVOICE.wire()).isEqualTo("invoice");
        assertThatThrownBy(() -> DocumentType.parse("relatedType", "receipt"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("invoice, delivery_note");
    }

    @Test
    void metadata_needs_the_invoice_number() {
        assertThatThrownBy(() -> new DocumentMetadata(" ", NOW, 0)).isInstanceOf(InvalidField.class);
        assertThat(new DocumentMetadata(" ORD-00001 ", NOW, -50).invoiceNumber()).isEqualTo("ORD-00001");
    }
}
